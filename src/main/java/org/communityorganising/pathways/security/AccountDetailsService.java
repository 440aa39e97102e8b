package org.communityorganising.pathways.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.communityorganising.pathways.base.PlainText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a person with an account for login, by e-mail in any case. One query: the person, the
 * account state and the roles. A person without a password yet cannot log in and is reported
 * exactly like an unknown e-mail.
 */
@Service
class AccountDetailsService implements UserDetailsService {

    private static final String SELECT = """
            select p.id, p.email, p.full_name, p.chapter_id, p.language, p.active,
                   a.password_hash, a.locked_until, a.security_version,
                   coalesce((select string_agg(r.role, ',' order by r.role) from v_person_role r where r.person_id = p.id), '') as roles
            from v_person p
            join account a on a.person_id = p.id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    AccountDetailsService(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public PathwaysUser loadUserByUsername(String email) {
        // No e-mail holds a control character; PostgreSQL would refuse a NUL with an error.
        if (PlainText.hasControlCharacters(email)) {
            throw new UsernameNotFoundException("No account for this e-mail");
        }
        return jdbc.sql(SELECT + " where lower(p.email) = lower(:email) and a.password_hash is not null")
                .param("email", email.strip())
                .query(this::user)
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException("No account for this e-mail"));
    }

    /** The person as they are now, for a session that must follow a changed account. */
    @Transactional(readOnly = true)
    Optional<PathwaysUser> loadById(long personId) {
        return jdbc.sql(SELECT + " where p.id = :id and a.password_hash is not null")
                .param("id", personId)
                .query(this::user)
                .optional();
    }

    private PathwaysUser user(ResultSet rs, int row) throws SQLException {
        Timestamp lockedUntil = rs.getTimestamp("locked_until");
        return new PathwaysUser(
                rs.getLong("id"),
                rs.getString("email"),
                rs.getString("full_name"),
                rs.getObject("chapter_id", Long.class),
                roles(rs.getString("roles")),
                rs.getString("language"),
                rs.getBoolean("active"),
                rs.getString("password_hash"),
                lockedUntil == null ? null : lockedUntil.toInstant(),
                clock.instant(),
                rs.getLong("security_version"));
    }

    private static Set<String> roles(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(","))
                .filter(role -> !role.isBlank())
                .collect(Collectors.toSet());
    }
}
