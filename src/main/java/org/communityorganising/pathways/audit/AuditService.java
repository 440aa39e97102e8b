package org.communityorganising.pathways.audit;

import java.time.LocalDate;
import java.util.List;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.PlainText;
import org.communityorganising.pathways.base.Rows;
import org.communityorganising.pathways.security.AppRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail for administrators: newest first, filtered, a page at a time. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(AppRoles.ADMIN_ONLY)
public class AuditService {

    private static final String WHERE = """
            where (cast(:action as varchar) is null or e.action = :action)
              and (:text = '' or lower(coalesce(p.full_name, '')) like :pattern or lower(e.details) like :pattern)
              and (cast(:from as timestamptz) is null or e.occurred_at >= :from)
              and (cast(:to as timestamptz) is null or e.occurred_at < :to)""";

    private static final RowMapper<AuditEntry> ENTRY = Rows.byName(AuditEntry.class);

    private final JdbcClient jdbc;

    AuditService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AuditEntry> search(AuditFilter filter, Pageable page) {
        return bind(jdbc.sql("""
                                select e.id, e.occurred_at as at, p.full_name as actor, e.action, e.subject_type,
                                       e.subject_id, e.details
                                from audit_event e left join v_person p on p.id = e.actor_id
                                """ + WHERE + """
                                 order by e.occurred_at desc, e.id desc limit :limit offset :offset"""), filter)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query(ENTRY)
                .list();
    }

    public int count(AuditFilter filter) {
        return bind(
                        jdbc.sql("select count(*) from audit_event e left join v_person p on p.id = e.actor_id "
                                + WHERE),
                        filter)
                .query(Integer.class)
                .single();
    }

    /** Every action recorded so far, for the filter's choices. */
    public List<String> actions() {
        return jdbc.sql("select distinct action from audit_event order by action")
                .query((rs, row) -> rs.getString("action"))
                .list();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, AuditFilter filter) {
        String text = PlainText.searchText(filter.text()).toLowerCase(java.util.Locale.ROOT);
        return sql.param("action", filter.action(), java.sql.Types.VARCHAR)
                .param("text", text)
                .param(
                        "pattern",
                        "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%")
                .param("from", startOf(filter.from()), java.sql.Types.TIMESTAMP_WITH_TIMEZONE)
                .param(
                        "to",
                        filter.to() == null ? null : startOf(filter.to().plusDays(1)),
                        java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private static java.time.@Nullable OffsetDateTime startOf(@Nullable LocalDate day) {
        return day == null ? null : day.atStartOfDay(LondonTime.ZONE).toOffsetDateTime();
    }
}
