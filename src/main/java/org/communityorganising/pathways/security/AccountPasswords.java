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
 * Stores a person's password (creating the account on first use), chosen by the person themselves:
 * changed by them knowing the current one, or chosen with an invitation or reset link
 * ({@link AccountLinks}). Nobody sets another person's password. The policy is {@link
 * PasswordPolicy}, the same wherever a password is chosen.
 */
@Component
public class AccountPasswords {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final CurrentUser currentUser;
    private final PasswordPolicy policy;
    private final AccountLinkStore links;

    AccountPasswords(
            JdbcClient jdbc,
            PasswordEncoder encoder,
            CurrentUser currentUser,
            PasswordPolicy policy,
            AccountLinkStore links) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.currentUser = currentUser;
        this.policy = policy;
        this.links = links;
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
        String name = jdbc.sql("select full_name from v_person where id = :id")
                .param("id", personId)
                .query(String.class)
                .single();
        policy.check(newPassword, email, name);
        storeChosen(personId, newPassword);
        // A reset link asked for before the change must not undo it.
        links.revokeOpen(personId);
    }

    /** Stores a password the person chose and the policy accepted; clears a lockout. */
    @Transactional(propagation = Propagation.MANDATORY)
    void storeChosen(long personId, String password) {
        jdbc.sql("""
                        insert into account (person_id, password_hash) values (:id, :hash)
                        on conflict (person_id) do update set password_hash = excluded.password_hash,
                            failed_logins = 0, locked_until = null""")
                .param("id", personId)
                .param("hash", encoder.encode(password))
                .update();
    }
}
