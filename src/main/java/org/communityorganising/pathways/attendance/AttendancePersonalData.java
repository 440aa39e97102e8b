package org.communityorganising.pathways.attendance;

import java.util.List;
import java.util.Set;
import org.communityorganising.pathways.base.PersonalData;
import org.communityorganising.pathways.base.PersonalDataSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every mark, its history, apologies (marks with their reason) and check-in attempts. Erasure keeps
 * the marks — a cohort's attendance totals must not change — but removes remarks and apology
 * reasons (free text about the person) and the check-in attempts.
 */
@Component
class AttendancePersonalData implements PersonalData {

    private final JdbcClient jdbc;

    AttendancePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of("attendance_mark", "attendance_change", "check_in_attempt");
    }

    @Override
    public List<Section> export(long personId) {
        return List.of(
                PersonalDataSql.section(
                        jdbc,
                        "data.marks",
                        List.of(
                                "data.session",
                                "data.cohort",
                                "data.status",
                                "data.remark",
                                "data.source",
                                "data.marked-at"),
                        """
                                select s.starts_at, c.name, m.status, m.remark, m.source, m.marked_at
                                from attendance_mark m join v_training_session s on s.id = m.session_id join v_cohort c on c.id = s.cohort_id
                                where m.person_id = :person order by s.starts_at""",
                        personId),
                PersonalDataSql.section(
                        jdbc,
                        "data.mark-history",
                        List.of("data.session", "data.from", "data.to", "data.remark", "data.changed-at"),
                        """
                                select s.starts_at, h.from_status, h.to_status, h.remark, h.changed_at
                                from attendance_change h join v_training_session s on s.id = h.session_id
                                where h.person_id = :person order by h.changed_at""",
                        personId),
                PersonalDataSql.section(
                        jdbc,
                        "data.check-in-attempts",
                        List.of("data.session", "data.failures", "data.last-failure"),
                        """
                                select s.starts_at, a.failures, a.last_failure_at
                                from check_in_attempt a join v_training_session s on s.id = a.session_id
                                where a.person_id = :person""",
                        personId));
    }

    @Override
    public void erase(long personId) {
        jdbc.sql(
                        "update attendance_mark set remark = null, version = version + 1 where person_id = :person and remark is not null")
                .param("person", personId)
                .update();
        jdbc.sql("update attendance_change set remark = null where person_id = :person")
                .param("person", personId)
                .update();
        jdbc.sql("delete from check_in_attempt where person_id = :person")
                .param("person", personId)
                .update();
    }
}
