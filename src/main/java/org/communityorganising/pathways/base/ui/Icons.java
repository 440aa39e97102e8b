package org.communityorganising.pathways.base.ui;

import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The app's icons, drawn in {@code frontend/icons/pathways.svg} (one symbol each, in the colour of
 * the text around them); the menu's are named there by {@code @Menu(icon = …)}. Vaadin's own icon
 * set would put every one of its 600 icons into the JavaScript each phone parses before drawing:
 * 57 KiB as a phone fetched it, on every page, for the 31 the app shows.
 */
public enum Icons {
    ARCHIVE,
    ARROW_CIRCLE_UP,
    BAN,
    CALENDAR,
    CHECK_CIRCLE,
    COPY,
    EDIT,
    ENVELOPE,
    PLUS,
    QRCODE,
    REFRESH,
    SEARCH,
    TRASH,
    UNDO,
    UPLOAD,
    USER_CHECK;

    private static final String SPRITE = "icons/pathways.svg";
    private static final Pattern SYMBOL_ID = Pattern.compile("[a-z0-9-]{1,40}");

    /**
     * A new icon, decorative, since every control that shows one also names itself in words: the
     * browser's own SVG ({@link #inline(String)}), not Vaadin's icon element, which would bring
     * Vaadin's icon and tooltip into the JavaScript of every page (decision 0032).
     */
    public Span create() {
        return inline(symbolId());
    }

    /** The symbol's id in the sprite: the constant's name in lower case, words joined by '-'. */
    public String symbolId() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The icon of a symbol named by text (as {@code @Menu(icon = …)} names the menu's icons), as the
     * browser's own SVG in a span, not Vaadin's icon element: the app's layout and the pages a phone
     * opens first draw none of Vaadin's components, each of which costs the phone's first drawing
     * (decision 0031). Decorative, as {@link #create()} is.
     */
    public static Span inline(String id) {
        if (!SYMBOL_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("not a symbol of the app's icons: " + id);
        }
        var icon = new Span();
        icon.addClassName("icon");
        // The id is one of the sprite's (checked above): nothing of anyone's text goes into this HTML.
        icon.getElement()
                .setProperty(
                        "innerHTML",
                        "<svg aria-hidden=\"true\" focusable=\"false\"><use href=\"" + SPRITE + "#" + id
                                + "\"></use></svg>");
        return icon;
    }
}
