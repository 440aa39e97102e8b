package org.communityorganising.pathways.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.communityorganising.pathways.security.MissingCredentialsException;
import org.communityorganising.pathways.security.SignInBusyException;
import org.communityorganising.pathways.security.SignInUnavailableException;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;

/** The sign-in page as a browser receives it: plain HTML, in the visitor's language, nothing to run first. */
@IntegrationTest
class SignInPageTest {

    @LocalServerPort
    int port;

    @Autowired
    SignInPage page;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void forgetFailedSignIns() {
        jdbc.sql("update account set failed_logins = 0, locked_until = null").update();
    }

    private HttpResponse<String> get(WebClient web, String path, String language, String cookie) {
        var request = HttpRequest.newBuilder(web.uri(path)).header("Accept", "text/html");
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return web.send(request.GET().build());
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aVisitorGetsAFormToSignInInTheirBrowsersLanguageWithNoScriptToWaitFor() {
        var web = new WebClient(port);
        var english = get(web, "/login", "en-GB,en;q=0.9", null);
        assertThat(english.statusCode()).isEqualTo(200);
        assertThat(english.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(english.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
        assertThat(english.body())
                .contains("<html lang=\"en\">")
                .contains("<form class=\"sign-in-form\" method=\"post\" action=\"login\"")
                .contains("<label for=\"username\">E-mail</label>")
                .contains("<label for=\"password\">Password</label>")
                .contains("autofocus")
                .contains("href=\"forgot-password\"")
                .contains("lang=\"cy\"")
                .doesNotContain("<script src")
                .doesNotContain("role=\"alert\"");
        // One small script of its own, after the form: "Show password" (the page works without it).
        assertThat(english.body()).containsOnlyOnce("<script>");
        assertThat(english.body().indexOf("<script>"))
                .isGreaterThan(english.body().indexOf("</main>"));

        var welsh = get(web, "/login", "cy,en;q=0.5", null);
        assertThat(welsh.body())
                .contains("<html lang=\"cy\">")
                .contains("<label for=\"password\">Cyfrinair</label>")
                .contains(">English</a>");
    }

    @Test
    void theLanguageChosenOnThePageStaysWithTheBrowserSession() {
        var web = new WebClient(port);
        var chosen = get(web, "/login?lang=cy", "en-GB", null);
        assertThat(chosen.body()).contains("<html lang=\"cy\">");
        var again = get(web, "/login", "en-GB", sessionCookie(chosen));
        assertThat(again.body())
                .as("the English browser keeps the Welsh chosen")
                .contains("<html lang=\"cy\">");
    }

    @Test
    void whatIsTypedIntoTheAddressIsNeverWrittenIntoThePage() {
        var web = new WebClient(port);
        var response = get(web, "/login?lang=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E&error=%3Cb%3E", "en", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("<html lang=\"en\">")
                .containsOnlyOnce("<script")
                .doesNotContain("alert(1)")
                .doesNotContain("<b>");
    }

    @Test
    void aFailedSignInSaysTheSameWhateverTheAccountAndASignedInVisitorGoesHome() {
        var web = new WebClient(port);
        var wrongPassword = web.postLogin(DemoLogins.TRAINEE, "not-the-password", web.origin());
        assertThat(wrongPassword.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        var shown = get(web, "/login?error", "en", sessionCookie(wrongPassword));
        assertThat(shown.body())
                .contains("role=\"alert\"")
                .contains("aria-describedby=\"sign-in-error\"")
                .contains("<title>Could not log you in · ")
                .contains("Check your e-mail and password")
                .doesNotContain("Many people");

        var unknown = web.postLogin("nobody@example.org", "whatever", web.origin());
        var shownForUnknown = get(web, "/login?error", "en", sessionCookie(unknown));
        assertThat(shownForUnknown.body()).as("nothing tells the two apart").isEqualTo(shown.body());

        String signedIn = new WebClient(port)
                .login(DemoLogins.TRAINEE, DemoLogins.PASSWORD)
                .orElseThrow();
        var visit = get(web, "/login", "en", signedIn);
        assertThat(visit.statusCode()).isEqualTo(302);
        assertThat(visit.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("login"));
    }

    @Test
    void anEmptyFormIsAskedForBothFieldsAndSpendsNothingOfTheHallsSignInBudget() {
        // Everyone in a hall signs in from one address; 20 failures there pause it for everyone.
        var hall = new WebClient(port);
        HttpResponse<String> empty = null;
        for (int i = 0; i < 25; i++) {
            empty = hall.postLogin(i % 2 == 0 ? "" : DemoLogins.TRAINEE, "", hall.origin());
        }
        assertThat(empty.headers().firstValue("Location"))
                .hasValueSatisfying(location -> assertThat(location).endsWith("/login?error"));
        assertThat(get(hall, "/login?error", "en", sessionCookie(empty)).body())
                .contains("Enter both your e-mail and your password")
                .doesNotContain("Check your e-mail and password");
        assertThat(hall.login(DemoLogins.TRAINEE, DemoLogins.PASSWORD))
                .as("the hall can still sign in")
                .isPresent();
    }

    @Test
    void onlyAPasswordThatWasNotCheckedIsAskedToTryAgainInAMoment() {
        assertThat(errorShownAfter(new SignInBusyException(Duration.ofSeconds(20))))
                .contains("Many people are signing in right now")
                .doesNotContain("Check your e-mail and password");
        assertThat(errorShownAfter(new SignInUnavailableException(new java.sql.SQLException("refused", "08001"))))
                .contains("cannot reach its database just now, so you could not be logged in")
                .doesNotContain("Check your e-mail and password");
        assertThat(errorShownAfter(new MissingCredentialsException()))
                .contains("Enter both your e-mail and your password")
                .doesNotContain("Many people");
        assertThat(errorShownAfter(new BadCredentialsException("Bad credentials")))
                .contains("Check your e-mail and password")
                .doesNotContain("Many people");
    }

    /** The page after a failed sign-in, as Spring Security leaves the failure in the session. */
    private String errorShownAfter(RuntimeException failure) {
        var request = new MockHttpServletRequest("GET", "/login");
        request.setParameter("error", "");
        request.addPreferredLocale(java.util.Locale.UK);
        request.getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        return String.valueOf(page.show(null, request).getBody());
    }
}
