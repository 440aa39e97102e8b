package org.communityorganising.pathways.progression.practice;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import org.communityorganising.pathways.base.RetentionRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A reviewer's comment on a practice entry (free text about a person) is blanked 2 years after the
 * review. The entries themselves stay while the person does: they are the evidence of their tier.
 */
@Component
class PracticeRetention implements RetentionRule {

    static final Period REVIEW_COMMENTS = Period.ofYears(2);

    private final JdbcClient jdbc;

    PracticeRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int apply(Instant now) {
        return jdbc.sql("""
                        update practice_entry set review_comment = null
                        where review_comment is not null and reviewed_at < :before""")
                .param(
                        "before",
                        Timestamp.from(now.atOffset(ZoneOffset.UTC)
                                .minus(REVIEW_COMMENTS)
                                .toInstant()))
                .update();
    }
}
