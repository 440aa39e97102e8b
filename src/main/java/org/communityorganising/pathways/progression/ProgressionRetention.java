package org.communityorganising.pathways.progression;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import org.communityorganising.pathways.base.RetentionRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Progression's retention: a notice the leader dismissed goes after 90 days; a reviewer's comment
 * on a practice entry (free text about a person) 2 years after the review; the reasons and
 * comments of a decided promotion 6 years after the decision. The entries, tiers and decisions
 * themselves stay while the person does: they are the evidence of their tier.
 */
@Component
class ProgressionRetention implements RetentionRule {

    static final Duration READ_NOTICES = Duration.ofDays(90);
    static final Period REVIEW_COMMENTS = Period.ofYears(2);
    static final Period DECISION_TEXT = Period.ofYears(6);

    private final JdbcClient jdbc;

    ProgressionRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int apply(Instant now) {
        int changed = jdbc.sql("delete from progression_notice where read_at < :before")
                .param("before", Timestamp.from(now.minus(READ_NOTICES)))
                .update();
        changed += jdbc.sql("""
                        update practice_entry set review_comment = null
                        where review_comment is not null and reviewed_at < :before""")
                .param("before", Timestamp.from(yearsBefore(now, REVIEW_COMMENTS)))
                .update();
        var decisionsBefore = Timestamp.from(yearsBefore(now, DECISION_TEXT));
        changed += jdbc.sql("""
                        update promotion_approval a set comment = null
                        from promotion_request r
                        where r.id = a.request_id and a.comment is not null and r.decided_at < :before""").param("before", decisionsBefore).update();
        changed += jdbc.sql("""
                        update promotion_request set reason = null, decision_comment = null
                        where (reason is not null or decision_comment is not null) and decided_at < :before""").param("before", decisionsBefore).update();
        return changed;
    }

    private static Instant yearsBefore(Instant now, Period period) {
        return now.atOffset(ZoneOffset.UTC).minus(period).toInstant();
    }
}
