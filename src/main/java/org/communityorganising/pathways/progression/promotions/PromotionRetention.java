package org.communityorganising.pathways.progression.promotions;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import org.communityorganising.pathways.base.RetentionRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A notice the leader dismissed goes after 90 days; the reasons and comments of a decided promotion
 * are blanked 6 years after the decision. The decisions themselves stay while the person does.
 */
@Component
class PromotionRetention implements RetentionRule {

    static final Duration READ_NOTICES = Duration.ofDays(90);
    static final Period DECISION_TEXT = Period.ofYears(6);

    private final JdbcClient jdbc;

    PromotionRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int apply(Instant now) {
        int changed = jdbc.sql("delete from progression_notice where read_at < :before")
                .param("before", Timestamp.from(now.minus(READ_NOTICES)))
                .update();
        var decisionsBefore =
                Timestamp.from(now.atOffset(ZoneOffset.UTC).minus(DECISION_TEXT).toInstant());
        changed += jdbc.sql("""
                        update promotion_approval a set comment = null
                        from promotion_request r
                        where r.id = a.request_id and a.comment is not null and r.decided_at < :before""").param("before", decisionsBefore).update();
        changed += jdbc.sql("""
                        update promotion_request set reason = null, decision_comment = null
                        where (reason is not null or decision_comment is not null) and decided_at < :before""").param("before", decisionsBefore).update();
        return changed;
    }
}
