package org.communityorganising.pathways.attendance;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.RetentionRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Attendance's retention: failed check-in attempts after 30 days; remarks and apology reasons
 * (free text about a person) 2 years after the cohort ends; the register itself (marks and their
 * history) 6 years after the cohort ends.
 */
@Component
class AttendanceRetention implements RetentionRule {

    static final Duration CHECK_IN_ATTEMPTS = Duration.ofDays(30);
    static final Period REMARKS = Period.ofYears(2);
    static final Period REGISTERS = Period.ofYears(6);

    private final JdbcClient jdbc;

    AttendanceRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int apply(Instant now) {
        LocalDate today = LondonTime.of(now).toLocalDate();
        int changed = jdbc.sql("delete from check_in_attempt where last_failure_at < :before")
                .param("before", Timestamp.from(now.minus(CHECK_IN_ATTEMPTS)))
                .update();
        changed += jdbc.sql("""
                        update attendance_mark m set remark = null, version = m.version + 1
                        from v_training_session s join v_cohort c on c.id = s.cohort_id
                        where s.id = m.session_id and m.remark is not null and c.ends_on < :before""").param("before", today.minus(REMARKS)).update();
        changed += jdbc.sql("""
                        update attendance_change h set remark = null
                        from v_training_session s join v_cohort c on c.id = s.cohort_id
                        where s.id = h.session_id and h.remark is not null and c.ends_on < :before""").param("before", today.minus(REMARKS)).update();
        LocalDate registersBefore = today.minus(REGISTERS);
        changed += jdbc.sql("""
                        delete from attendance_change h using v_training_session s, v_cohort c
                        where s.id = h.session_id and c.id = s.cohort_id and c.ends_on < :before""").param("before", registersBefore).update();
        changed += jdbc.sql("""
                        delete from attendance_mark m using v_training_session s, v_cohort c
                        where s.id = m.session_id and c.id = s.cohort_id and c.ends_on < :before""").param("before", registersBefore).update();
        return changed;
    }
}
