package org.communityorganising.pathways.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.communityorganising.pathways.base.PlainText;
import org.communityorganising.pathways.base.Rows;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts login attempts per account and locks it by {@link LoginLockoutPolicy}. An attempt is
 * counted <em>before</em> its password is checked, in one atomic update, so guesses sent in
 * parallel cannot all slip under the limit: the attempt beyond the limit is refused whatever its
 * password, and a right password that arrives while the lock stands does not lift it. Each
 * statement commits at once (no surrounding transaction), so parallel requests see each other.
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

    /**
     * One attempt on an account, counted.
     *
     * @param number this attempt's place among the failures counted so far (1 = the first)
     * @param lockedUntil a lock standing when the attempt began
     */
    record Attempt(long personId, int number, @Nullable Instant lockedUntil) {

        static final RowMapper<Attempt> ROW = Rows.byName(Attempt.class);

        boolean allowed(Instant now) {
            return (lockedUntil == null || !lockedUntil.isAfter(now)) && number <= LoginLockoutPolicy.MAX_FAILURES;
        }
    }

    /** Counts an attempt on the account with this e-mail; empty when there is no such account. */
    Optional<Attempt> begin(String email) {
        if (PlainText.hasControlCharacters(email)) {
            return Optional.empty(); // no account has such an e-mail, and PostgreSQL refuses a NUL
        }
        var now = Timestamp.from(clock.instant());
        var attempt = jdbc.sql("""
                        update account a
                        set failed_logins = case when a.locked_until <= :now then 1 else a.failed_logins + 1 end,
                            locked_until = case when a.locked_until <= :now then null else a.locked_until end
                        from v_person p
                        where p.id = a.person_id and lower(p.email) = lower(:email) and a.password_hash is not null
                        returning a.person_id, a.failed_logins as number, a.locked_until""")
                .param("email", email.strip())
                .param("now", now)
                .query(Attempt.ROW)
                .optional();
        attempt.filter(a -> a.number() > LoginLockoutPolicy.MAX_FAILURES && a.lockedUntil() == null)
                .ifPresent(a -> lock(a.personId()));
        return attempt;
    }

    /** The password was wrong: the attempt stays counted, and reaching the limit locks the account. */
    void failed(Attempt attempt) {
        jdbc.sql("""
                        update account set locked_until = :until
                        where person_id = :id and failed_logins >= :max and locked_until is null""")
                .param("until", Timestamp.from(clock.instant().plus(LoginLockoutPolicy.LOCK_DURATION)))
                .param("id", attempt.personId())
                .param("max", LoginLockoutPolicy.MAX_FAILURES)
                .update();
    }

    /**
     * The password was not compared (no hasher was free in time): the attempt is not counted, so
     * that a crowd at the door cannot lock anyone out. Nothing about the password was learnt.
     */
    void notChecked(Attempt attempt) {
        jdbc.sql("""
                        update account set failed_logins = greatest(failed_logins - 1, 0)
                        where person_id = :id and locked_until is null""").param("id", attempt.personId()).update();
    }

    /**
     * The password was right: the count starts again, unless a lock was set meanwhile by parallel
     * guesses — then this sign-in is refused too.
     *
     * @return false when the account is locked
     */
    boolean succeeded(Attempt attempt) {
        var now = Timestamp.from(clock.instant());
        return jdbc.sql("""
                        update account set failed_logins = 0, locked_until = null, last_login_at = :now
                        where person_id = :id and (locked_until is null or locked_until <= :now)""").param("now", now).param("id", attempt.personId()).update() == 1;
    }

    private void lock(long personId) {
        Instant until = clock.instant().plus(LoginLockoutPolicy.LOCK_DURATION);
        int locked = jdbc.sql("update account set locked_until = :until where person_id = :id and locked_until is null")
                .param("until", Timestamp.from(until))
                .param("id", personId)
                .update();
        if (locked > 0) {
            log.warn("Account {} locked until {} after repeated failed logins", personId, until);
        }
    }
}
