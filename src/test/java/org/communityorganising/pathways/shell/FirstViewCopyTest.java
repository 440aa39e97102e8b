package org.communityorganising.pathways.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.dom.Element;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** The first view's copy shows what the view shows, and nothing a browser would act on. */
class FirstViewCopyTest {

    @Test
    void copiesTextClassesAndStylesButNoIdsLinksHandlersOrScripts() {
        var view = new Element("main");
        view.setAttribute("id", "home-view");
        view.getClassList().add("view");
        view.getStyle().set("max-width", "40rem");
        var heading = new Element("h1");
        heading.setText("Welcome, <img src=x onerror=alert(1)>");
        var link = new Element("a");
        link.setAttribute("href", "javascript:alert(1)");
        link.setAttribute("onclick", "alert(2)");
        link.setAttribute("tabindex", "0");
        link.setText("Open my path");
        var button = new Element("vaadin-button");
        button.setAttribute("theme", "small tertiary");
        button.setText("Send apologies");
        var hidden = new Element("p");
        hidden.setText("not for this person");
        hidden.setVisible(false);
        var script = new Element("script");
        script.setText("alert(3)");
        view.appendChild(heading, link, button, hidden, script);

        String html = FirstViewCopy.of(view).outerHtml();
        var copy = Jsoup.parseBodyFragment(html).body().child(0);

        assertThat(copy.tagName()).isEqualTo("main");
        assertThat(copy.className()).isEqualTo("view");
        assertThat(copy.attr("style")).isEqualTo("max-width:40rem");
        assertThat(copy.select("h1").text()).isEqualTo("Welcome, <img src=x onerror=alert(1)>");
        assertThat(copy.select("img, script"))
                .as("text stays text; scripts are left out")
                .isEmpty();
        assertThat(copy.select("[id], [href], [onclick], [tabindex]")).isEmpty();
        assertThat(copy.select("a").text()).isEqualTo("Open my path");
        assertThat(copy.select("span.first-drawing-part.first-drawing-vaadin-button[theme='small tertiary']")
                        .text())
                .as("a component becomes a span with its text, so its definition does not build it")
                .isEqualTo("Send apologies");
        assertThat(html).doesNotContain("<" + "vaadin-button", "not for this person", "alert(2)", "alert(3)");
    }

    @Test
    void leavesOutWhatTheLiveViewHides() {
        var view = new Element("main");
        var hidden = new Element("p");
        hidden.setAttribute("hidden", true);
        hidden.setText("hidden by its attribute");
        var details = new Element("vaadin-details");
        var summary = new Element("vaadin-details-summary");
        summary.setAttribute("slot", "summary");
        summary.setText("How the rate is counted");
        var content = new Element("div");
        content.setText("closed details content");
        details.appendChild(summary, content);
        var unknown = new Element("plaintext");
        unknown.setText("swallows the page");
        view.appendChild(hidden, details, unknown);

        String html = FirstViewCopy.of(view).outerHtml();

        assertThat(html)
                .contains("How the rate is counted")
                .doesNotContain("hidden by its attribute", "closed details content", "plaintext", "swallows the page");

        var nativeDetails = new Element("details");
        nativeDetails.setAttribute("open", true);
        nativeDetails.appendChild(new Element("summary").setText("Open as in the view"));
        assertThat(FirstViewCopy.of(nativeDetails).hasAttr("open")).isTrue();

        details.setProperty("opened", true);
        assertThat(FirstViewCopy.of(view).outerHtml()).contains("closed details content");
    }

    @Test
    void keepsEachStyleDeclarationButNoneThatAddsOthersOrLoadsSomething() {
        var view = new Element("div");
        view.getStyle().set("max-width", "40rem");
        view.getStyle().set("--pathways-gap", "4px");
        view.getStyle().set("color", "red; position:fixed");
        view.getStyle().set("background-image", "url(https://evil.example/x.png)");

        var style = FirstViewCopy.of(view).attr("style");

        assertThat(style.split(";")).containsExactlyInAnyOrder("max-width:40rem", "--pathways-gap:4px");
    }
}
