package org.communityorganising.pathways.shell;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * An inert copy of the page's first view, as plain HTML, for the page itself (decision 0028): a
 * phone can draw the person's page as soon as the page and its stylesheets have arrived, while
 * Vaadin's client, which draws the live view, is still loading.
 *
 * <p>The copy shows, it does not work: it carries no ids (the live view's would be duplicated),
 * no links to follow, no event handlers, no scripts and nothing Vaadin's client or a browser
 * would act on. Vaadin's components (custom elements) become plain spans with their light-DOM
 * text, so that their definitions, once loaded, do not build a second set of them. Text and
 * attribute values are escaped by jsoup when the page is written.
 */
final class FirstViewCopy {

    /** Attributes that only change how an element looks; everything else is left out. */
    private static final Set<String> KEPT_ATTRIBUTES = Set.of(
            "class",
            "style",
            "theme",
            "lang",
            "dir",
            "readonly",
            "disabled",
            "rows",
            "cols",
            "colspan",
            "rowspan",
            "type",
            "checked",
            "placeholder");

    /** Elements whose content is not text to show. */
    private static final Set<String> LEFT_OUT =
            Set.of("script", "style", "template", "iframe", "object", "embed", "link", "meta", "base", "slot");

    private FirstViewCopy() {}

    /** The copy of a view's element and everything visible in it. */
    static Element of(com.vaadin.flow.dom.Element view) {
        var copy = new Element(tagOf(view));
        copyInto(view, copy);
        return copy;
    }

    private static void copyInto(com.vaadin.flow.dom.Element from, Element to) {
        from.getAttributeNames()
                .filter(name -> KEPT_ATTRIBUTES.contains(name.toLowerCase(Locale.ROOT)))
                .forEach(name -> to.attr(name, from.getAttribute(name)));
        if (isComponent(from)) {
            to.addClass("first-drawing-part").addClass("first-drawing-" + from.getTag());
        }
        from.getChildren().forEach(child -> {
            if (child.isTextNode()) {
                to.appendText(child.getText());
            } else if (child.isVisible() && !LEFT_OUT.contains(child.getTag().toLowerCase(Locale.ROOT))) {
                var copy = to.appendElement(tagOf(child));
                copyInto(child, copy);
            }
        });
    }

    private static String tagOf(com.vaadin.flow.dom.Element element) {
        return isComponent(element) ? "span" : element.getTag();
    }

    /** A custom element, such as Vaadin's components: its name has a dash. */
    private static boolean isComponent(com.vaadin.flow.dom.Element element) {
        return element.getTag().contains("-");
    }
}
