package org.communityorganising.pathways.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The two languages of Pathways. Strings come from {@code vaadin-i18n/translations*.properties}
 * through Vaadin's default I18NProvider; this class decides which of the two a UI speaks.
 */
public final class Languages {

    /** British English: dates read "21 Nov 2026", not "Nov 21, 2026". */
    public static final Locale ENGLISH = Locale.UK;

    public static final Locale WELSH = Locale.of("cy");
    public static final List<Locale> ALL = List.of(ENGLISH, WELSH);

    /** The language chosen in this browser session; wins over the stored preference until logout. */
    static final String SESSION_ATTRIBUTE = Languages.class.getName() + ".chosen";

    private Languages() {}

    /** "en" or "cy", as stored in the database. */
    public static String code(Locale locale) {
        return WELSH.getLanguage().equals(locale.getLanguage()) ? "cy" : "en";
    }

    public static Locale fromCode(String code) {
        return "cy".equals(code) ? WELSH : ENGLISH;
    }

    /** The i18n key of a language's own name ("English", "Cymraeg"). */
    public static String translationKey(Locale locale) {
        return "language." + code(locale);
    }

    /** Switches this browser session to a language and reloads the page so that every string follows. */
    public static void switchTo(UI ui, Locale locale) {
        ui.getSession().getSession().setAttribute(SESSION_ATTRIBUTE, code(locale));
        ui.getPage().reload();
    }

    // Kept in the HTTP session itself, not in Vaadin's: the sign-in page is served outside Vaadin
    // and the choice made there must carry into the app.

    public static Optional<Locale> chosenIn(VaadinSession session) {
        return Optional.ofNullable((String) session.getSession().getAttribute(SESSION_ATTRIBUTE))
                .map(Languages::fromCode);
    }

    /** Chooses a language for this browser session, from a page served outside Vaadin. */
    public static void choose(HttpSession session, Locale locale) {
        session.setAttribute(SESSION_ATTRIBUTE, code(locale));
    }

    public static Optional<Locale> chosenIn(@Nullable HttpSession session) {
        return session == null
                ? Optional.empty()
                : Optional.ofNullable((String) session.getAttribute(SESSION_ATTRIBUTE))
                        .map(Languages::fromCode);
    }
}
