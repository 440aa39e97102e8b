package org.communityorganising.pathways.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.communityorganising.pathways.mail.PublicAddress;
import org.communityorganising.pathways.security.AccountLinks.Purpose;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The account_link table, for {@link AccountLinks} (whose public methods are guarded) and for the
 * mail after the commit ({@link AccountLinkMail}), which runs without a signed-in person. Always
 * inside the caller's transaction.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class AccountLinkStore {

    private final JdbcClient jdbc;
    private final PublicAddress address;
    private final Clock clock;
    private final LinkLifetimes lifetimes;

    AccountLinkStore(JdbcClient jdbc, PublicAddress address, Clock clock, LinkLifetimes lifetimes) {
        this.jdbc = jdbc;
        this.address = address;
        this.clock = clock;
        this.lifetimes = lifetimes;
    }

    /** Whether the person has chosen a password already: then only they can change it (a reset). */
    boolean hasPassword(long personId) {
        return jdbc.sql("select exists (select 1 from account where person_id = :p and password_hash is not null)")
                .param("p", personId)
                .query(Boolean.class)
                .single();
    }

    /** Makes the secret of a link about to be mailed; null when the link died meanwhile. */
    @Nullable
    String issueToken(long linkId) {
        String token = AccessToken.newToken();
        int updated = jdbc.sql("""
                        update account_link set token_hash = :hash, sent_at = :now
                        where id = :id and used_at is null and revoked_at is null and expires_at > :now""")
                .param("hash", AccessToken.hash(token))
                .param("now", Timestamp.from(clock.instant()))
                .param("id", linkId)
                .update();
        return updated == 0 ? null : token;
    }

    /** A reset link for the active person with an account at this address, unless they asked too often. */
    Optional<Long> newResetLink(long personId) {
        // One at a time per account, so that requests sent together are all counted.
        jdbc.sql("select person_id from account where person_id = :person for update")
                .param("person", personId)
                .query(Long.class)
                .optional();
        int recent = jdbc.sql("""
                        select count(*) from account_link
                        where person_id = :person and purpose = 'PASSWORD_RESET' and created_at > :since""")
                .param("person", personId)
                .param("since", Timestamp.from(clock.instant().minus(Duration.ofHours(1))))
                .query(Integer.class)
                .single();
        if (recent >= RESETS_PER_HOUR) {
            return Optional.empty();
        }
        jdbc.sql("""
                        update account_link set revoked_at = :now
                        where person_id = :person and purpose = 'PASSWORD_RESET' and used_at is null and revoked_at is null""")
                .param("now", Timestamp.from(clock.instant()))
                .param("person", personId)
                .update();
        return Optional.of(insert(personId, Purpose.PASSWORD_RESET, null, null));
    }

    static final int RESETS_PER_HOUR = 3;

    String linkTo(Purpose purpose, String token) {
        return address.of((purpose == Purpose.INVITATION ? "/invitation/" : "/reset-password/") + token);
    }

    Duration validity(Purpose purpose) {
        return lifetimes.of(purpose);
    }

    long insert(long personId, Purpose purpose, byte @Nullable [] hash, @Nullable Long by) {
        var validFor = validity(purpose);
        var now = clock.instant();
        return jdbc.sql("""
                        insert into account_link (person_id, purpose, token_hash, created_at, created_by, expires_at)
                        values (:person, :purpose, :hash, :now, :by, :expires) returning id""")
                .param("person", personId)
                .param("purpose", purpose.name())
                .param("hash", hash, java.sql.Types.BINARY)
                .param("now", Timestamp.from(now))
                .param("by", by, java.sql.Types.BIGINT)
                .param("expires", Timestamp.from(now.plus(validFor)))
                .query(Long.class)
                .single();
    }

    int revokeOpen(long personId) {
        return jdbc.sql("""
                        update account_link set revoked_at = :now
                        where person_id = :person and used_at is null and revoked_at is null and expires_at > :now""")
                .param("now", Timestamp.from(clock.instant()))
                .param("person", personId)
                .update();
    }
}
