package org.communityorganising.pathways.audit;

import java.time.LocalDate;
import java.util.List;
import org.communityorganising.pathways.base.AuditableEvent;
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

    /**
     * The person a record concerns, read from the views its owner publishes: a person is
     * themselves; a request, a practice entry or an enrolment is its person's.
     */
    private static final String FROM = """
            from audit_event e
            left join v_person p on p.id = e.actor_id
            left join lateral (select case e.subject_type
                    when 'person' then e.subject_id
                    when 'promotion_request' then (select r.person_id from v_promotion_request r where r.id = e.subject_id)
                    when 'practice_entry' then (select f.person_id from v_practice_fact f where f.id = e.subject_id)
                    when 'enrolment' then (select n.person_id from v_enrolment n where n.id = e.subject_id)
                end as person_id) s on true
            left join v_person a on a.id = s.person_id
            """;

    /**
     * Everything about one person, each branch through its own index: what they did, what was done
     * to them, and to their requests, practice and enrolments.
     */
    private static final String ABOUT = """
            select a.id from audit_event a where a.actor_id = :person
            union select a.id from audit_event a where a.subject_type = 'person' and a.subject_id = :person
            union select a.id from audit_event a join v_promotion_request r
                on a.subject_type = 'promotion_request' and a.subject_id = r.id where r.person_id = :person
            union select a.id from audit_event a join v_practice_fact f
                on a.subject_type = 'practice_entry' and a.subject_id = f.id where f.person_id = :person
            union select a.id from audit_event a join v_enrolment n
                on a.subject_type = 'enrolment' and a.subject_id = n.id where n.person_id = :person""";

    private static final String WHERE = """
            where (cast(:action as varchar) is null or e.action = :action)
              and (cast(:person as bigint) is null or e.id in (""" + ABOUT + """
            ))
              and (:text = '' or lower(coalesce(p.full_name, '')) like :pattern
                   or lower(coalesce(a.full_name, '')) like :pattern or lower(e.details) like :pattern)
              and (cast(:from as timestamptz) is null or e.occurred_at >= :from)
              and (cast(:to as timestamptz) is null or e.occurred_at < :to)""";

    private static final RowMapper<AuditEntry> ENTRY = Rows.byName(AuditEntry.class);

    private final JdbcClient jdbc;

    private final org.springframework.context.ApplicationEventPublisher events;

    AuditService(JdbcClient jdbc, org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public List<AuditEntry> search(AuditFilter filter, Pageable page) {
        return bind(jdbc.sql("""
                                select e.id, e.occurred_at as at, e.actor_id, p.full_name as actor, e.action,
                                       e.subject_type, e.subject_id, e.details, s.person_id as about_id, a.full_name as about
                                """ + FROM + WHERE + """
                                 order by e.occurred_at desc, e.id desc limit :limit offset :offset"""), filter)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query(ENTRY)
                .list();
    }

    public int count(AuditFilter filter) {
        // Without words to match, the count needs no names: the audit rows alone.
        String from = PlainText.searchText(filter.text()).isEmpty()
                ? "from audit_event e left join v_person p on false left join v_person a on false "
                : FROM;
        return bind(jdbc.sql("select count(*) " + from + WHERE), filter)
                .query(Integer.class)
                .single();
    }

    /**
     * The first {@value #EXPORT_MAX} entries of a filter, newest first, for a CSV download; the
     * download is itself on the trail, like every export of personal data.
     */
    @Transactional
    public List<AuditEntry> export(AuditFilter filter) {
        var entries = search(filter, org.springframework.data.domain.PageRequest.of(0, EXPORT_MAX));
        events.publishEvent(new AuditExported(filter.personId(), entries.size()));
        return entries;
    }

    /** An administrator downloaded the trail (of one person, or filtered otherwise). */
    record AuditExported(@Nullable Long personId, int entries) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry(
                    "AUDIT_EXPORTED",
                    personId == null ? "audit" : "person",
                    personId == null ? 0 : personId,
                    entries + " entries");
        }
    }

    public static final int EXPORT_MAX = 10_000;

    /** The name of the person a filter is about, to say whose trail is shown; null when unknown. */
    public @Nullable String personName(long personId) {
        return jdbc.sql("select full_name from v_person where id = :id")
                .param("id", personId)
                .query(String.class)
                .optional()
                .orElse(null);
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
                .param("person", filter.personId(), java.sql.Types.BIGINT)
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
