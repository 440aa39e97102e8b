package org.communityorganising.pathways.shell;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * An inert copy of the page's first view, as plain HTML, for the page itself (decision 0028): a
 * phone can draw the person's page as soon as the page and its stylesheets have arrived, while
 * Vaadin's client, which draws the live view, is still loading.
 *
 * <p>The copy shows, it does not work: it carries no ids (the live view's would be duplicated),
 * no links to follow, no event handlers, no scripts and nothing Vaadin's client or a browser
 * would act on. Only plain HTML elements on a list are copied as they are; Vaadin's components
 * (custom elements) become plain spans with their light-DOM text, so that their definitions, once
 * loaded, do not build a second set of them. What the live view hides is left out: invisible
 * components, elements marked hidden, and the content of a closed details. Text and attribute
 * values are escaped by jsoup when the page is written.
 */
final class FirstViewCopy {

    /** Attributes that only change how an element looks; everything else is left out. */
    private static final Set<String> KEPT_ATTRIBUTES = Set.of(
            "class",
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
            "open",
            "placeholder");

    /** The plain HTML elements copied as they are; any other is left out with its content. */
    private static final Set<String> PLAIN_ELEMENTS = Set.of(
            "main",
            "section",
            "article",
            "aside",
            "header",
            "footer",
            "nav",
            "div",
            "span",
            "p",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "ul",
            "ol",
            "li",
            "dl",
            "dt",
            "dd",
            "a",
            "strong",
            "em",
            "b",
            "i",
            "small",
            "code",
            "pre",
            "br",
            "hr",
            "time",
            "abbr",
            "blockquote",
            "figure",
            "figcaption",
            "table",
            "caption",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "th",
            "td",
            "label",
            "fieldset",
            "legend",
            "textarea",
            "input",
            "button",
            "details",
            "summary",
            "output",
            "progress",
            "meter",
            "mark",
            "s",
            "sub",
            "sup");

    private FirstViewCopy() {}

    /** The copy of a view's element and everything the live view shows in it. */
    static Element of(com.vaadin.flow.dom.Element view) {
        var copy = new Element(tagOf(view));
        copyInto(view, copy);
        return copy;
    }

    private static void copyInto(com.vaadin.flow.dom.Element from, Element to) {
        from.getAttributeNames()
                .filter(name -> KEPT_ATTRIBUTES.contains(name.toLowerCase(Locale.ROOT)))
                .forEach(name -> to.attr(name, from.getAttribute(name)));
        String style = styleOf(from);
        if (!style.isEmpty()) {
            to.attr("style", style);
        }
        if (isComponent(from)) {
            to.addClass("first-drawing-part").addClass("first-drawing-" + from.getTag());
        }
        boolean closedDetails = from.getTag().equals("vaadin-details") && !from.getProperty("opened", false);
        from.getChildren().forEach(child -> {
            if (child.isTextNode()) {
                to.appendText(child.getText());
            } else if (shown(child) && !(closedDetails && !"summary".equals(child.getAttribute("slot")))) {
                copyInto(child, to.appendElement(tagOf(child)));
            }
        });
    }

    private static boolean shown(com.vaadin.flow.dom.Element element) {
        return element.isVisible()
                && !element.hasAttribute("hidden")
                && (isComponent(element)
                        || PLAIN_ELEMENTS.contains(element.getTag().toLowerCase(Locale.ROOT)));
    }

    /**
     * The element's inline style, one declaration per property as the live client sets them:
     * a value that would add declarations of its own, or load something, is left out.
     */
    private static String styleOf(com.vaadin.flow.dom.Element element) {
        var style = element.getStyle();
        return style.getNames()
                .filter(name -> name.matches("-{0,2}[a-zA-Z][a-zA-Z0-9-]*"))
                .filter(name -> {
                    String value = style.get(name);
                    return value != null
                            && !value.contains(";")
                            && !value.toLowerCase(Locale.ROOT).contains("url(");
                })
                .map(name -> cssName(name) + ":" + style.get(name))
                .collect(Collectors.joining(";"));
    }

    /** Flow keeps "max-width" as "maxWidth"; custom properties ("--x") as they are. */
    private static String cssName(String name) {
        return name.startsWith("--") ? name : name.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
    }

    private static String tagOf(com.vaadin.flow.dom.Element element) {
        return isComponent(element) ? "span" : element.getTag();
    }

    /** A custom element, such as Vaadin's components: its name has a dash. */
    private static boolean isComponent(com.vaadin.flow.dom.Element element) {
        return element.getTag().contains("-");
    }
}
