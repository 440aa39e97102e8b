package org.communityorganising.pathways.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** A page preloads the files of the view it opens on, read from what its state asks Vaadin for. */
class RoutePreloadsTest {

    private static final String REGISTER = "a".repeat(64);
    private static final String OTHER = "b".repeat(64);

    private static final String PAGE = """
            <html><head>
            <base href="./">
            <link rel="modulepreload" crossorigin href="./VAADIN/build/FlowClient-1.js">
            <link rel="stylesheet" href="lumo.css">
            </head><body>
            <script initial>window.Vaadin = {TypeScript: {"execute": [["return window.Vaadin.Flow.loadOnDemand('%s');"]]}}</script>
            </body></html>""".formatted(REGISTER);

    @Test
    void theViewsFilesArePreloadedAfterTheFirstLoadsOnce() {
        var preloads = new RoutePreloads(Map.of(
                REGISTER,
                        List.of(
                                "VAADIN/build/chunk-register-1.js",
                                "VAADIN/build/FlowClient-1.js",
                                "VAADIN/build/radio-1.js"),
                OTHER, List.of("VAADIN/build/chunk-other-1.js")));
        var page = Jsoup.parse(PAGE);

        preloads.addTo(page);

        assertThat(page.head().select("link[rel=modulepreload]"))
                .extracting(link -> link.attr("href"))
                .as("the first load's preloads first, then the view's; none twice; no other view's")
                .containsExactly(
                        "./VAADIN/build/FlowClient-1.js",
                        "./VAADIN/build/chunk-register-1.js",
                        "./VAADIN/build/radio-1.js");
        assertThat(page.head().select("link[href$=radio-1.js]").hasAttr("crossorigin"))
                .as("as Vite writes them, so that the module's fetch uses the preload")
                .isTrue();
    }

    @Test
    void withoutTheBuildsListAPageIsLeftAsItWas() {
        var page = Jsoup.parse(PAGE);
        String before = page.outerHtml();

        new RoutePreloads(Map.of()).addTo(page);

        assertThat(page.outerHtml()).isEqualTo(before);
    }
}
