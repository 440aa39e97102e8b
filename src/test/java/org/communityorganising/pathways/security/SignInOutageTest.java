package org.communityorganising.pathways.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import javax.sql.DataSource;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.TestData;
import org.communityorganising.pathways.support.UnreachableDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
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
 * "try again in a moment".
 */
@IntegrationTest
class SignInOutageTest {

    @Autowired
    DataSource database;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    Clock clock;

    @Autowired
    TestData data;

    private final DataSource gone = UnreachableDatabase.dataSource();

    @AfterEach
    void forgetFailedSignIns() {
        data.clearFailedLogins();
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
        int before = data.failedLogins(DemoLogins.TRAINER);
        assertThatThrownBy(() ->
                        signIn.authenticate(fromTheForm("198.51.100.42", DemoLogins.TRAINER, DemoLogins.PASSWORD)))
                .isInstanceOf(SignInUnavailableException.class);
        assertThat(data.failedLogins(DemoLogins.TRAINER))
                .as("no password was compared, so no attempt is counted")
                .isEqualTo(before);
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

        assertThatThrownBy(() -> signIn.authenticate(fromTheForm("198.51.100.44", DemoLogins.TRAINER, "not it")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(signIn.authenticate(fromTheForm("198.51.100.44", DemoLogins.TRAINER, DemoLogins.PASSWORD))
                        .isAuthenticated())
                .isTrue();
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
