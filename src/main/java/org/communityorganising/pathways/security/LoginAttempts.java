package org.communityorganising.pathways.security;

import java.sql.Timestamp;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per account and locks it by {@link LoginLockoutPolicy}; a successful login
 * clears the count. The account row is locked while counting, so parallel guesses all count.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final JdbcClient jdbc;
    private final Clock clock;

    LoginAttempts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String email = event.getAuthentication().getName().strip();
        jdbc.sql("""
                        select a.person_id, a.failed_logins from account a join person p on p.id = a.person_id
                        where lower(p.email) = lower(:email) for update of a""")
                .param("email", email)
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getInt(2)})
                .optional()
                .ifPresent(account -> {
                    var outcome = LoginLockoutPolicy.afterFailure((int) account[1], clock.instant());
                    var lockUntil = outcome.lockUntil();
                    if (lockUntil == null) {
                        jdbc.sql("update account set failed_logins = :failed where person_id = :id")
                                .param("failed", outcome.failedLogins())
                                .param("id", account[0])
                                .update();
                    } else {
                        jdbc.sql("update account set failed_logins = :failed, locked_until = :until where person_id = :id")
                                .param("failed", outcome.failedLogins())
                                .param("until", Timestamp.from(lockUntil))
                                .param("id", account[0])
                                .update();
                        log.warn("Account {} locked until {} after repeated failed logins", account[0], lockUntil);
                    }
                });
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof PathwaysUser user) {
            jdbc.sql("update account set failed_logins = 0, locked_until = null, last_login_at = :now where person_id = :id")
                    .param("now", Timestamp.from(clock.instant()))
                    .param("id", user.personId())
                    .update();
        }
    }
}
