package org.communityorganising.pathways.shell;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What a phone shows while Vaadin's client loads: an inert copy of the page's first view (the
 * person's own page, decision 0028) or, where there is none, the app's name, and "Loading…", in
 * the page itself, so that a slow phone draws the page from its HTML instead of a blank page for
 * three seconds (docs/performance.md). pathways.css shows it only until the live view is drawn,
 * laid over the page so that nothing moves when it goes, and it is hidden from screen readers,
 * which are told by the live view.
 */
@Component
class FirstDrawing implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(FirstDrawing.class);

    private final I18NProvider translations;

    FirstDrawing(I18NProvider translations) {
        this.translations = translations;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::addTo);
        // Once the first view is drawn the announcement has no use: gone from the page, it leaves
        // nothing for the stylesheet's rule to look at while the person works.
        event.getSource()
                .addUIInitListener(ui ->
                        ui.getUI().getPage().executeJs("document.querySelector('body > .first-drawing')?.remove()"));
    }

    private void addTo(IndexHtmlResponse page) {
        stylesFirst(page.getDocument());
        // The page's first view is drawn on the server (eagerServerLoad), so its UI already has
        // the person's language: chosen in this session, stored, or the browser's.
        Locale locale = page.getUI()
                .map(UI::getLocale)
                .orElseGet(() -> page.getVaadinRequest().getLocale());
        var drawing = page.getDocument().body().prependElement("div");
        drawing.addClass("first-drawing").attr("aria-hidden", "true");
        var chain = page.getUI()
                .map(ui -> ui.getInternals().getActiveRouterTargetsChain())
                .orElse(List.of());
        var copy = chain.isEmpty() ? null : copyOf(chain.getFirst());
        if (copy == null) {
            drawing.appendElement("p")
                    .addClass("first-drawing-name")
                    .text(translations.getTranslation("app.name", locale));
        } else {
            // The view itself, inert, where the live one will be drawn: beside the drawer when
            // the app's layout is around it (decision 0028).
            drawing.addClass("first-drawing-view").attr("inert", true);
            if (chain.stream().anyMatch(MainLayout.class::isInstance)) {
                drawing.addClass("first-drawing-in-layout");
            }
            drawing.appendChild(copy);
        }
        var status = drawing.appendElement("p")
                .addClass("first-drawing-status")
                .text(translations.getTranslation("first-drawing.loading", locale));
        // Shown by the stylesheet only after a long wait: the client may never come.
        status.appendElement("span")
                .addClass("first-drawing-slow")
                .text(translations.getTranslation("first-drawing.slow", locale));
    }

    /** Null where the view could not be copied: the page is then served as before, not refused. */
    private static @Nullable Element copyOf(HasElement view) {
        try {
            return FirstViewCopy.of(view.getElement());
        } catch (RuntimeException e) {
            log.warn("The first view could not be copied into the page; the app's name is shown instead", e);
            return null;
        }
    }

    /**
     * Vaadin writes its stylesheets at the end of the page's head, after the scripts it preloads
     * (vite.config.ts) and after the first view's state (about 50 KB). Nothing can be drawn before
     * the stylesheets arrive, so they are asked for first; the state moves to the end of the body,
     * where it still runs before Vaadin's client, which waits for the whole page. The markers
     * before which Vaadin's client inserts stylesheets it loads later move with them, ahead of
     * them, so that ours still come last and win, as before.
     */
    private static void stylesFirst(Document page) {
        var head = page.head();
        var base = head.selectFirst("base");
        if (base != null) {
            List<Node> moved = new ArrayList<>();
            head.childNodes().stream()
                    .filter(node -> node instanceof Comment comment
                            && (comment.getData().equals("CSSImport end")
                                    || comment.getData().equals("Stylesheet end")))
                    .forEach(moved::add);
            moved.addAll(head.select("link[rel=stylesheet]"));
            for (int i = moved.size() - 1; i >= 0; i--) {
                base.after(moved.get(i));
            }
        }
        for (Element script : head.select("script[initial]")) {
            if (script.data().contains("window.Vaadin.TypeScript")) {
                page.body().appendChild(script);
            }
        }
    }
}
