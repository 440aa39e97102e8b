package org.communityorganising.pathways.security;

import org.communityorganising.pathways.base.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a password for a person's account (creating the account on first use). Called from
 * services inside their transaction, and guarded itself as well: only the person changes their own
 * password, only a lead or an administrator sets one. The password policy lives here, not in a view.
 */
@Component
public class AccountPasswords {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;

    AccountPasswords(JdbcClient jdbc, PasswordEncoder encoder, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.currentUser = currentUser;
    }

    /** The person changes their own password, proving they know the current one. */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize("isAuthenticated()")
    public void change(long personId, String email, String currentPassword, String newPassword) {
        if (currentUser.require().personId() != personId) {
            throw new AccessDeniedException("Only the person changes their own password");
        }
        String hash = jdbc.sql("select password_hash from account where person_id = :id")
                .param("id", personId)
                .query(String.class)
                .optional()
                .orElse(null);
        if (hash == null || !encoder.matches(currentPassword, hash)) {
            throw new InvalidInputException("password.error.current");
        }
        if (encoder.matches(newPassword, hash)) {
            throw new InvalidInputException("password.error.same");
        }
        store(personId, email, newPassword);
    }

    /** A lead or an administrator sets someone's password; the caller has checked whom they may manage. */
    @Transactional(propagation = Propagation.MANDATORY)
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    public void set(long personId, String email, String password) {
        store(personId, email, password);
    }

    private void store(long personId, String email, String password) {
        if (password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new InvalidInputException("people.error.password-length", MIN_LENGTH);
        }
        if (password.strip().equalsIgnoreCase(email.strip())) {
            throw new InvalidInputException("people.error.password-email");
        }
        jdbc.sql("""
                        insert into account (person_id, password_hash) values (:id, :hash)
                        on conflict (person_id) do update set password_hash = excluded.password_hash,
                            failed_logins = 0, locked_until = null""")
                .param("id", personId)
                .param("hash", encoder.encode(password))
                .update();
    }
}
