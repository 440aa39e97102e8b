package org.communityorganising.pathways.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The test app runs as node "test-node" (application-test.properties), as each node of a cluster does. */
@IntegrationTest
class NodeRouteTest {

    @LocalServerPort
    int port;

    @Test
    void theSessionIdNamesTheNodeBeforeAndAfterSignInSoTheBalancerCanFollowIt() {
        var web = new WebClient(port);
        assertThat(web.get("/login", null).headers().allValues("Set-Cookie"))
                .as("the sign-in page keeps no session for a mere visitor")
                .isEmpty();
        // A visitor who chooses a language has one: it names the node that keeps the choice.
        var visitor = web.get("/login?lang=cy", null).headers().allValues("Set-Cookie");
        assertThat(visitor).anySatisfy(cookie -> assertThat(cookie).matches("JSESSIONID=[^;]+\\.test-node;.*"));

        // Sign-in replaces the id (session fixation protection); the new one still names the node.
        var signedIn = web.login("trainer@demo.pathways", "pathways").orElseThrow();
        assertThat(signedIn).matches("JSESSIONID=[^;]+\\.test-node");
        assertThat(web.signedIn(signedIn)).isTrue();
    }

    @Test
    void aRouteThatCouldBreakTheCookieOrTheBalancersMapIsRefusedAtStart() {
        assertThatThrownBy(() -> new NodeRouteConfiguration().nodeRoute("node 1; Path=/"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("pathways.node.route");
    }
}
