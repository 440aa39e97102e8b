package org.communityorganising.pathways.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * database meets the outage first. The unreachable database is a real PostgreSQL driver connecting
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

        assertThatThrownBy(() -> signIn.authenticate(fromTheForm(DemoLogins.TRAINER, DemoLogins.PASSWORD)))
                .isInstanceOf(SignInUnavailableException.class);
    }

    @Test
    void theAccountsCountOutOfReach() {
        var signIn = signIn(database, gone, database);

        assertThatThrownBy(() -> signIn.authenticate(fromTheForm(DemoLogins.TRAINER, DemoLogins.PASSWORD)))
                .isInstanceOf(SignInUnavailableException.class);
    }

    @Test
    void theAccountItselfOutOfReachIsNotCalledAWrongPasswordNorCounted() {
        var signIn = signIn(database, database, gone);

        assertThatThrownBy(() -> signIn.authenticate(fromTheForm(DemoLogins.TRAINER, DemoLogins.PASSWORD)))
                .isInstanceOf(SignInUnavailableException.class);
        assertThat(jdbc.sql(
                                "select a.failed_logins from account a join person p on p.id = a.person_id where p.email = :email")
                        .param("email", DemoLogins.TRAINER)
                        .query(Integer.class)
                        .single())
                .as("no password was compared, so no attempt is counted")
                .isZero();
    }

    @Test
    void withTheDatabaseReachableAWrongPasswordIsStillOne() {
        var signIn = signIn(database, database, database);

        assertThatThrownBy(() -> signIn.authenticate(fromTheForm(DemoLogins.TRAINER, "not the password")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(signIn.authenticate(fromTheForm(DemoLogins.TRAINER, DemoLogins.PASSWORD))
                        .isAuthenticated())
                .isTrue();
        jdbc.sql("update account set failed_logins = 0, locked_until = null").update();
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

    private static UsernamePasswordAuthenticationToken fromTheForm(String email, String password) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(email, password);
        token.setDetails(new WebAuthenticationDetails("198.51.100.23", null));
        return token;
    }
}
