package org.communityorganising.pathways.security;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.communityorganising.pathways.base.RetentionRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** An invitation or reset link is kept 90 days after it was used, revoked or expired (docs/retention.md). */
@Component
class AccountLinkRetention implements RetentionRule {

    static final Duration KEPT = Duration.ofDays(90);

    private final JdbcClient jdbc;

    AccountLinkRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int apply(Instant now) {
        return jdbc.sql("""
                        delete from account_link
                        where coalesce(used_at, revoked_at, expires_at) < :before and expires_at < :before""").param("before", Timestamp.from(now.minus(KEPT))).update();
    }
}
