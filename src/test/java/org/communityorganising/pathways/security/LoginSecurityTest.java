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

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void unlockAndResetClock() {
        clock.reset();
        jdbc.sql("update account set failed_logins = 0, locked_until = null").update();
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
        assertThatThrownBy(() -> login("nobody@example.org", "pathways")).isExactlyInstanceOf(BadCredentialsException.class);
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
        assertThat(login(DemoLogins.TRAINER, DemoLogins.PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void aSuccessfulLoginClearsEarlierFailures() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThatThrownBy(() -> login(DemoLogins.LEAD, "guess")).isInstanceOf(BadCredentialsException.class);
        }
        login(DemoLogins.LEAD, DemoLogins.PASSWORD);
        assertThatThrownBy(() -> login(DemoLogins.LEAD, "guess")).isInstanceOf(BadCredentialsException.class);
        assertThat(login(DemoLogins.LEAD, DemoLogins.PASSWORD).isAuthenticated()).as("one failure after a success does not lock").isTrue();
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
            assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        }
    }

    @Test
    void healthIsPublicButOtherActuatorEndpointsAreNot() throws Exception {
        var health = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");

        var metrics = http.send(get("/actuator/metrics"), HttpResponse.BodyHandlers.discarding());
        assertThat(metrics.statusCode()).isEqualTo(302);
        assertThat(metrics.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
    }

    @Test
    void everyPageCarriesTheSecurityHeadersTheLoginPageIncluded() throws Exception {
        for (String path : new String[] {"/login", "/", "/styles/pathways.css"}) {
            var response = http.send(get(path), HttpResponse.BodyHandlers.discarding());
            var headers = response.headers();
            assertThat(headers.firstValue("Content-Security-Policy")).as(path).hasValue(SecurityConfig.CONTENT_SECURITY_POLICY);
            assertThat(headers.firstValue("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'");
            assertThat(headers.firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(headers.firstValue("Referrer-Policy")).as(path).hasValue("strict-origin-when-cross-origin");
            assertThat(headers.firstValue("X-Frame-Options")).as(path).hasValue("DENY");
        }
    }

    private HttpResponse<Void> postLogin(String email, String password) throws Exception {
        var form = "username=" + java.net.URLEncoder.encode(email, java.nio.charset.StandardCharsets.UTF_8)
                + "&password=" + java.net.URLEncoder.encode(password, java.nio.charset.StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding());
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Accept", "text/html").GET().build();
    }
}
