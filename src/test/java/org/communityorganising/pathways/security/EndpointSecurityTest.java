package org.communityorganising.pathways.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Unknown addresses go to Vaadin's router (which answers "page not found"), so no HTTP endpoint
 * may rely on a catch-all rule for its protection: every controller mapping must either be on the
 * short public list or turn an anonymous caller away. A new controller left out of SecurityConfig
 * fails here.
 */
@IntegrationTest
class EndpointSecurityTest {

    /** Reachable without signing in, each for a stated reason in SecurityConfig. */
    private static final Set<String> PUBLIC = Set.of(
            "/calendar/feed/{token}.ics", // the token is the credential
            "/calendar/feed",
            "/calendar/feed/",
            "/calendar/feed/**", // answer 404 and nothing else
            "/error",
            "/login", // the sign-in page itself (security.ui.SignInPage)
            // What a verifier of a credential fetches: public by design (Open Badges 3.0).
            "/.well-known/jwks.json",
            "/credentials/keys/{thumbprint}",
            "/credentials/issuer",
            "/credentials/tiers/{rank}",
            "/credentials/status/{purpose}");

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyControllerEndpointOffTheListTurnsAnAnonymousCallerAway() {
        var web = new WebClient(port);
        Set<String> checked = new TreeSet<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().forEach(pattern -> {
                    if (PUBLIC.contains(pattern)) {
                        return;
                    }
                    String path = pattern.replaceAll("\\{[^}]+}", "1").replace("/**", "/x");
                    HttpResponse<String> response = web.get(path, null);
                    boolean turnedAway = response.statusCode() == 401
                            || response.statusCode() == 403
                            || (response.statusCode() == 302
                                    && response.headers()
                                            .firstValue("Location")
                                            .orElse("")
                                            .endsWith("/login"));
                    assertThat(turnedAway)
                            .as("%s answered %d to an anonymous caller", pattern, response.statusCode())
                            .isTrue();
                    checked.add(pattern);
                }));
        assertThat(checked)
                .as("the session download is among the endpoints checked")
                .contains("/calendar/session/{id}.ics");
    }

    @Test
    void anUnknownAddressAnswers404WithThePageNotFoundAndAViewNotForYouLooksTheSame() {
        var web = new WebClient(port);
        var anonymous = web.get("/no-such-page", null);
        assertThat(anonymous.statusCode()).isEqualTo(404);
        assertThat(anonymous.body()).contains("Page not found");

        String trainee = web.login(
                        org.communityorganising.pathways.support.DemoLogins.TRAINEE,
                        org.communityorganising.pathways.support.DemoLogins.PASSWORD)
                .orElseThrow();
        assertThat(web.get("/no-such-page", trainee).statusCode()).isEqualTo(404);
        assertThat(web.get("/audit", trainee).statusCode())
                .as("an administrator's page, to a trainee")
                .isEqualTo(404);
        assertThat(web.get("/my-path", trainee).statusCode()).isEqualTo(200);
        assertThat(web.get("/login", null).statusCode()).isEqualTo(200);
    }
}
