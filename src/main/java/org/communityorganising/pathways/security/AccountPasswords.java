package org.communityorganising.pathways.security;

import org.communityorganising.pathways.base.InvalidInputException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a password for a person's account (creating the account on first use). Called only from
 * guarded services, inside their transaction; the password policy lives here, not in a view.
 */
@Component
public class AccountPasswords {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 200;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    AccountPasswords(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    /** The person changes their own password, proving they know the current one. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void change(long personId, String email, String currentPassword, String newPassword) {
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
        set(personId, email, newPassword);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void set(long personId, String email, String password) {
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
