package org.communityorganising.pathways.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import java.time.Clock;
import javax.sql.DataSource;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signing in while the database cannot be reached (restarting, failing over) is refused as
 * "try again in a minute", never an error page, whichever of the sign-in's three reads of the
 * database meets the outage first, and counts nothing; with every connection busy too long, as
 * "try again in a moment". The unreachable database is a real PostgreSQL driver connecting
 * to a port nobody listens on (connection refused, SQLSTATE 08001).
 */
@IntegrationTest
class SignInOutageTest {

    @Autowired
    DataSource database;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    Clock clock;

    private DataSource gone;

    @BeforeEach
    void unreachableDatabase() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var unreachable = new PGSimpleDataSource();
        unreachable.setServerNames(new String[] {"localhost"});
        unreachable.setPortNumbers(new int[] {closedPort});
        unreachable.setDatabaseName("pathways");
        unreachable.setConnectTimeout(2);
        gone = unreachable;
    }

    @Test
    void theAddressesBudgetOutOfReach() {
        var signIn = signIn(gone, database, database);

        assertThatThrownBy(() ->
                        signIn.authenticate(fromTheForm("198.51.100.40", DemoLogins.TRAINER, DemoLogins.PASSWORD)))
                .isInstanceOf(SignInUnavailableException.class);
    }

    @Test
    void theAccountsCountOutOfReachGivesTheAddressItsAttemptBack() {
        var signIn = signIn(database, gone, database);
        String hall = "198.51.100.41";

        assertThatThrownBy(() -> signIn.authenticate(fromTheForm(hall, DemoLogins.TRAINER, DemoLogins.PASSWORD)))
                .isInstanceOf(SignInUnavailableException.class);
        var throttle = new LoginThrottle(database, clock);
        for (int attempt = 0; attempt < LoginThrottle.FAILURES; attempt++) {
            assertThat(throttle.tryAttempt(hall))
                    .as("the address's whole budget is left")
                    .isTrue();
        }
        assertThat(throttle.tryAttempt(hall)).isFalse();
    }

    @Test
    void theAccountItselfOutOfReachIsNotCalledAWrongPasswordNorCounted() {
        var signIn = signIn(database, database, gone);
        int before = failedLogins(DemoLogins.TRAINER);
        try {
            assertThatThrownBy(() ->
                            signIn.authenticate(fromTheForm("198.51.100.42", DemoLogins.TRAINER, DemoLogins.PASSWORD)))
                    .isInstanceOf(SignInUnavailableException.class);
            assertThat(failedLogins(DemoLogins.TRAINER))
                    .as("no password was compared, so no attempt is counted")
                    .isEqualTo(before);
        } finally {
            resetTrainer();
        }
    }

    /** Every connection taken for longer than a sign-in may wait: busy, as when the hashers are. */
    @Test
    void noConnectionInTimeIsATryAgainInAMoment() throws Exception {
        var config = new HikariConfig();
        config.setDataSource(database);
        config.setMaximumPoolSize(1);
        config.setConnectionTimeout(250);
        try (var pool = new HikariDataSource(config);
                var taken = pool.getConnection()) { // the pool's one connection, held
            var signIn = signIn(pool, pool, pool);

            assertThatThrownBy(() ->
                            signIn.authenticate(fromTheForm("198.51.100.43", DemoLogins.TRAINER, DemoLogins.PASSWORD)))
                    .isInstanceOf(SignInBusyException.class);
        }
    }

    @Test
    void withTheDatabaseReachableAWrongPasswordIsStillOne() {
        var signIn = signIn(database, database, database);
        try {
            assertThatThrownBy(() -> signIn.authenticate(fromTheForm("198.51.100.44", DemoLogins.TRAINER, "not it")))
                    .isInstanceOf(BadCredentialsException.class);
            assertThat(signIn.authenticate(fromTheForm("198.51.100.44", DemoLogins.TRAINER, DemoLogins.PASSWORD))
                            .isAuthenticated())
                    .isTrue();
        } finally {
            resetTrainer();
        }
    }

    private int failedLogins(String email) {
        return jdbc.sql(
                        "select a.failed_logins from account a join person p on p.id = a.person_id where p.email = :email")
                .param("email", email)
                .query(Integer.class)
                .single();
    }

    private void resetTrainer() {
        jdbc.sql("""
                        update account set failed_logins = 0, locked_until = null
                        where person_id = (select id from person where email = :email)""").param("email", DemoLogins.TRAINER).update();
    }

    /** The sign-in as SecurityConfig builds it, each of its three parts on the database given. */
    private GuardedAuthenticationProvider signIn(DataSource throttle, DataSource attempts, DataSource accounts) {
        var passwordCheck = new PasswordCheck(new AccountDetailsService(JdbcClient.create(accounts), clock));
        passwordCheck.setPasswordEncoder(passwords);
        passwordCheck.setPreAuthenticationChecks(user -> {});
        passwordCheck.setPostAuthenticationChecks(
                new org.springframework.security.authentication.AccountStatusUserDetailsChecker());
        return new GuardedAuthenticationProvider(
                passwordCheck,
                new LoginAttempts(JdbcClient.create(attempts), clock),
                new LoginThrottle(throttle, clock),
                clock);
    }

    private static UsernamePasswordAuthenticationToken fromTheForm(String address, String email, String password) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }
}
