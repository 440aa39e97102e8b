package org.communityorganising.pathways.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.MutableClock;
import org.communityorganising.pathways.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

@IntegrationTest
class LoginSecurityTest {

    @Autowired
    AuthenticationManager authenticationManager;

    @Autowired
    MutableClock clock;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestData data;

    @Autowired
    javax.sql.DataSource dataSource;

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void unlockAndResetClock() {
        clock.reset();
        data.clearFailedLogins();
    }

    private Authentication login(String email, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }

    @Test
    void aDemoPersonLogsInWithTheirEmailInAnyCase() {
        var authentication = login("Trainee@Demo.Pathways", DemoLogins.PASSWORD);
        assertThat(authentication.getPrincipal()).isInstanceOfSatisfying(PathwaysUser.class, user -> {
            assertThat(user.roles()).containsExactly(AppRoles.TRAINEE);
            assertThat(user.chapterId()).isNotNull();
            assertThat(user.getPassword()).as("hash erased after login").isNull();
        });
    }

    @Test
    void anUnknownEmailFailsExactlyLikeAWrongPassword() {
        assertThatThrownBy(() -> login("nobody@example.org", "pathways"))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> login(DemoLogins.TRAINER, "wrong")).isExactlyInstanceOf(BadCredentialsException.class);
    }

    @Test
    void fiveFailedLoginsLockTheAccountForFifteenMinutesEvenWithTheRightPassword() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertThatThrownBy(() -> login(DemoLogins.TRAINER, "guess")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> login(DemoLogins.TRAINER, DemoLogins.PASSWORD)).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofMinutes(14));
        assertThatThrownBy(() -> login(DemoLogins.TRAINER, DemoLogins.PASSWORD)).isInstanceOf(LockedException.class);

        clock.advance(Duration.ofMinutes(2));
        assertThat(login(DemoLogins.TRAINER, DemoLogins.PASSWORD).isAuthenticated())
                .isTrue();
    }

    @Test
    void aSuccessfulLoginClearsEarlierFailures() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThatThrownBy(() -> login(DemoLogins.LEAD, "guess")).isInstanceOf(BadCredentialsException.class);
        }
        login(DemoLogins.LEAD, DemoLogins.PASSWORD);
        assertThatThrownBy(() -> login(DemoLogins.LEAD, "guess")).isInstanceOf(BadCredentialsException.class);
        assertThat(login(DemoLogins.LEAD, DemoLogins.PASSWORD).isAuthenticated())
                .as("one failure after a success does not lock")
                .isTrue();
    }

    @Test
    void theLoginPageSaysTheSameWhetherTheAccountIsUnknownWrongOrLocked() throws Exception {
        for (int attempt = 1; attempt <= 5; attempt++) {
            postLogin(DemoLogins.TRAINER, "guess");
        }
        var locked = postLogin(DemoLogins.TRAINER, DemoLogins.PASSWORD);
        var unknown = postLogin("nobody@example.org", DemoLogins.PASSWORD);
        var wrong = postLogin(DemoLogins.LEAD, "guess");
        for (var response : java.util.List.of(locked, unknown, wrong)) {
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        }
    }

    @Test
    void healthIsPublicButOtherActuatorEndpointsAreNot() throws Exception {
        var health = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");

        var metrics = http.send(get("/actuator/metrics"), HttpResponse.BodyHandlers.discarding());
        assertThat(metrics.statusCode()).isEqualTo(302);
        assertThat(metrics.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void everyPageCarriesTheSecurityHeadersTheLoginPageIncluded() throws Exception {
        for (String path : new String[] {"/login", "/", "/styles/pathways.css"}) {
            var response = http.send(get(path), HttpResponse.BodyHandlers.discarding());
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy"))
                    .as(path)
                    .hasValue(SecurityConfig.CONTENT_SECURITY_POLICY);
            assertThat(headers.firstValue("Content-Security-Policy").orElseThrow())
                    .contains("frame-ancestors 'none'");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        }
    }

    @Test
    void thirtyGuessesSentAtOnceAreAllCountedBeforeAnyIsAnsweredSoTheRightPasswordCannotSlipIn() throws Exception {
        String email = DemoLogins.TRAINER;
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(30);
        try {
            var guesses = new java.util.ArrayList<java.util.concurrent.Future<?>>();
            for (int n = 0; n < 30; n++) {
                guesses.add(pool.submit(() -> {
                    start.await();
                    assertThatThrownBy(() -> login(email, "guess"))
                            .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
                    return null;
                }));
            }
            start.countDown();
            // Every guess is counted as it arrives, long before its password hash is checked.
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (data.failedLogins(email) < 30 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(data.failedLogins(email))
                    .as("guesses counted while still being checked")
                    .isEqualTo(30);
            assertThatThrownBy(() -> login(email, DemoLogins.PASSWORD))
                    .as("the right password while the guesses run")
                    .isInstanceOf(LockedException.class);
            for (var guess : guesses) {
                guess.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertThatThrownBy(() -> login(email, DemoLogins.PASSWORD))
                .as("and after them")
                .isInstanceOf(LockedException.class);
        clock.advance(LoginLockoutPolicy.LOCK_DURATION.plusMinutes(1));
        assertThat(login(email, DemoLogins.PASSWORD).isAuthenticated())
                .as("the lock ends on time")
                .isTrue();
    }

    @Test
    void oneClientGuessingAcrossManyAccountsIsThrottledButOtherClientsAreNot() {
        var attacker = new org.communityorganising.pathways.support.WebClient(port, "203.0.113.66");
        for (int n = 0; n < LoginThrottle.FAILURES; n++) {
            assertThat(attacker.login("victim" + n + "@example.org", "Password1!"))
                    .isEmpty();
        }
        assertThat(attacker.login(DemoLogins.TRAINEE, DemoLogins.PASSWORD))
                .as("even a right password from that client")
                .isEmpty();
        var neighbour = new org.communityorganising.pathways.support.WebClient(port, "203.0.113.67");
        assertThat(neighbour.login(DemoLogins.TRAINEE, DemoLogins.PASSWORD))
                .as("another client")
                .isPresent();
        assertThat(data.failedLogins(DemoLogins.TRAINEE))
                .as("a successful login leaves no count")
                .isZero();
    }

    @Test
    void twoNodesShareOneBudgetPerAddressAndTheBudgetRefills() {
        var node1 = new LoginThrottle(dataSource, clock);
        var node2 = new LoginThrottle(dataSource, clock);
        String address = "203.0.113.99";
        for (int n = 0; n < LoginThrottle.FAILURES; n++) {
            assertThat((n % 2 == 0 ? node1 : node2).tryAttempt(address))
                    .as("attempt %d", n)
                    .isTrue();
        }
        assertThat(node1.tryAttempt(address)).as("spent, on one node").isFalse();
        assertThat(node2.tryAttempt(address)).as("and on the other").isFalse();
        assertThat(node1.tryAttempt("203.0.113.100")).as("another address").isTrue();

        clock.advance(LoginThrottle.REFILL);
        assertThat(node2.tryAttempt(address)).as("refilled").isTrue();
        int removed =
                new LoginThrottleRetention(jdbc).apply(clock.instant().plus(LoginThrottle.REFILL.multipliedBy(2)));
        assertThat(removed).as("expired budgets are removed").isPositive();
    }

    @Test
    void anIpv6ClientRotatingWithinItsNetworkSpendsOneBudgetAndIsLoggedOnce() {
        var throttle = new LoginThrottle(dataSource, clock);
        var log = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(LoginThrottle.class);
        var lines = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        lines.start();
        log.addAppender(lines);
        try {
            for (int n = 0; n < LoginThrottle.FAILURES; n++) {
                assertThat(throttle.tryAttempt("2001:db8:7:7::" + Integer.toHexString(n + 1)))
                        .isTrue();
            }
            for (int n = 0; n < 10; n++) {
                assertThat(throttle.tryAttempt("2001:db8:7:7:ffff::" + n))
                        .as("same /64")
                        .isFalse();
            }
            assertThat(throttle.tryAttempt("2001:db8:7:8::1"))
                    .as("another network")
                    .isTrue();
            assertThat(lines.list)
                    .filteredOn(line -> line.getLevel() == ch.qos.logback.classic.Level.WARN)
                    .as("one WARN line for the throttled network, not one per request")
                    .hasSize(1);
        } finally {
            log.detachAppender(lines);
        }
    }

    @Test
    void aHallFullOfPeopleSigningInFromOneAddressIsNeverThrottled() {
        var hall = new org.communityorganising.pathways.support.WebClient(port, "203.0.113.80");
        for (int n = 0; n < LoginThrottle.FAILURES + 5; n++) {
            assertThat(hall.login(DemoLogins.TRAINEE, DemoLogins.PASSWORD))
                    .as("sign-in %d", n)
                    .isPresent();
        }
    }

    @Test
    void theLoginFormIsRefusedUnlessPostedFromTheAppsOwnPage() {
        var client = new org.communityorganising.pathways.support.WebClient(port);
        var crossSite = client.postLogin(DemoLogins.TRAINEE, DemoLogins.PASSWORD, "https://evil.example");
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(crossSite.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("JSESSIONID="));
        assertThat(client.postLogin(DemoLogins.TRAINEE, DemoLogins.PASSWORD, null)
                        .statusCode())
                .as("no Origin at all")
                .isEqualTo(403);
        var fetchMetadata = client.send(HttpRequest.newBuilder(client.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Sec-Fetch-Site", "cross-site")
                .POST(HttpRequest.BodyPublishers.ofString("username=trainee%40demo.pathways&password=pathways"))
                .build());
        assertThat(fetchMetadata.statusCode()).isEqualTo(403);
        assertThat(client.login(DemoLogins.TRAINEE, DemoLogins.PASSWORD))
                .as("from our own page")
                .isPresent();
    }

    @Test
    void aCrossSitePostCannotReplaceOrEndTheVictimsSession() {
        var client = new org.communityorganising.pathways.support.WebClient(port);
        String cookie = client.login(DemoLogins.TRAINEE, DemoLogins.PASSWORD).orElseThrow();
        var forged = client.send(HttpRequest.newBuilder(client.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example")
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("username=attacker%40example.org&password=whatever"))
                .build());
        assertThat(forged.statusCode()).isEqualTo(403);
        var forgedLogout = client.send(HttpRequest.newBuilder(client.uri("/logout"))
                .header("Origin", "https://evil.example")
                .header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
        assertThat(forgedLogout.statusCode()).isEqualTo(403);
        assertThat(client.signedIn(cookie))
                .as("the victim is still signed in as themselves")
                .isTrue();
    }

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void aControlCharacterInTheLoginEmailIsJustAFailedLoginWithNothingAlarmingLogged(
            org.springframework.boot.test.system.CapturedOutput output) {
        var client = new org.communityorganising.pathways.support.WebClient(port);
        for (String email : new String[] {"trainee\u0000@demo.pathways", "\u0000", "trainee@demo\r.pathways"}) {
            var response = client.postLogin(email, "pathways", client.origin());
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location"))
                    .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        }
        assertThat(output.getAll())
                .doesNotContain("invalid byte sequence")
                .doesNotContain("Exception")
                .doesNotContain("ERROR");
    }

    private HttpResponse<Void> postLogin(String email, String password) throws Exception {
        var form = "username=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8)
                + "&password=" + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "http://localhost:" + port)
                .header("X-Forwarded-For", "192.0.2.10")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding());
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html")
                .GET()
                .build();
    }
}
