package org.communityorganising.pathways.security;

import java.time.Instant;
import org.communityorganising.pathways.base.RetentionRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Client addresses are kept only while their login budget is not full again (docs/retention.md). */
@Component
class LoginThrottleRetention implements RetentionRule {

    private final JdbcClient jdbc;

    LoginThrottleRetention(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public int apply(Instant now) {
        return jdbc.sql("delete from login_throttle where expires_at < :now")
                .param("now", now.toEpochMilli())
                .update();
    }
}
