package org.communityorganising.pathways.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.WebClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The page Vaadin sends carries something to draw before its client has loaded (an inert copy of
 * its first view), in the person's language, and asks for its stylesheets before anything else.
 */
@IntegrationTest
class FirstDrawingTest {

    @LocalServerPort
    int port;

    @Test
    void aSignedInPageSaysWhatIsLoadingBeforeTheAppHasDrawn() {
        var web = new WebClient(port);
        String cookie = web.login(DemoLogins.TRAINEE, DemoLogins.PASSWORD).orElseThrow();
        var home = web.get("/", cookie);
        assertThat(home.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(home.body());

        // The person's own home, inert, where the live one will be drawn (decision 0028).
        var drawing = page.body().child(0);
        assertThat(drawing.classNames())
                .containsExactlyInAnyOrder("first-drawing", "first-drawing-view", "first-drawing-in-layout");
        assertThat(drawing.attr("aria-hidden")).isEqualTo("true");
        assertThat(drawing.hasAttr("inert")).isTrue();
        assertThat(drawing.select("main.view h1").text()).isEqualTo("Welcome, Sam");
        assertThat(drawing.select(".session-link .session-what").eachText())
                .isNotEmpty()
                .allSatisfy(what -> assertThat(what).contains("TELCO evening cohort"));
        assertThat(drawing.selectFirst(".first-drawing-status").ownText()).isEqualTo("Loading…");
        assertThat(drawing.select(".first-drawing-slow").text()).isEqualTo("Taking long? Reload the page.");
        // Nothing in it duplicates the live view's ids, leads anywhere, or is built again by
        // Vaadin's component definitions when they load.
        assertThat(drawing.select("[id], [href], script")).isEmpty();
        assertThat(drawing.getAllElements())
                .allSatisfy(element -> assertThat(element.tagName()).doesNotContain("-"));

        // The stylesheets come before every script the page preloads or runs, and the first
        // view's state (tens of kilobytes) comes after the page's own elements.
        var head = page.head().children();
        int firstStylesheet = head.indexOf(page.head().selectFirst("link[rel=stylesheet]"));
        assertThat(page.head().select("link[rel=stylesheet]")).hasSize(2);
        assertThat(head.stream()
                        .filter(element -> element.is("link[rel=modulepreload], script[src]"))
                        .map(head::indexOf))
                .isNotEmpty()
                .allSatisfy(position -> assertThat(position).isGreaterThan(firstStylesheet));
        // Stylesheets Vaadin's client loads later go before its marker: still before ours.
        var marker = page.head().childNodes().stream()
                .filter(node -> node instanceof org.jsoup.nodes.Comment comment
                        && comment.getData().equals("Stylesheet end"))
                .findFirst()
                .orElseThrow();
        assertThat(marker.siblingIndex())
                .isLessThan(page.head().selectFirst("link[rel=stylesheet]").siblingIndex());
        var state = page.select("script[initial]").stream()
                .filter(script -> script.data().contains("window.Vaadin.TypeScript"))
                .toList();
        assertThat(state).hasSize(1);
        assertThat(state.getFirst().parent()).isEqualTo(page.body());
    }

    /** RoutePreloads reads this: Vaadin asks for the view's chunk in the page's own state. */
    @Test
    void aSignedInPagesStateAsksForItsViewsModules() {
        var web = new WebClient(port);
        String cookie = web.login(DemoLogins.TRAINEE, DemoLogins.PASSWORD).orElseThrow();
        var page = Jsoup.parse(web.get("/ladder", cookie).body());

        assertThat(page.select("script[initial]").html()).containsPattern("loadOnDemand\\('[0-9a-f]{64}'\\)");
    }

    @Test
    void aWelshVisitorIsToldInWelsh() {
        var web = new WebClient(port);
        var notFound = web.send(HttpRequest.newBuilder(web.uri("/no-such-page"))
                .header("Accept", "text/html")
                .header("Accept-Language", "cy")
                .GET()
                .build());
        assertThat(notFound.statusCode()).isEqualTo(404);
        var drawing = Jsoup.parse(notFound.body()).selectFirst(".first-drawing");
        assertThat(drawing.selectFirst(".first-drawing-status").ownText()).isEqualTo("Yn llwytho…");
        assertThat(drawing.select(".first-drawing-slow").text()).isEqualTo("Yn cymryd amser? Ail-lwythwch y dudalen.");
        assertThat(drawing.select("h1").text())
                .as("the page's own heading, in Welsh, without the app's layout around it")
                .isEqualTo("Heb ddod o hyd i’r dudalen");
        assertThat(drawing.hasClass("first-drawing-in-layout")).isFalse();
    }
}
