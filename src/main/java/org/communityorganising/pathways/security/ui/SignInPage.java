package org.communityorganising.pathways.security.ui;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Collections;
import java.util.Locale;
import org.communityorganising.pathways.i18n.Languages;
import org.communityorganising.pathways.security.MissingCredentialsException;
import org.communityorganising.pathways.security.PasswordPolicy;
import org.communityorganising.pathways.security.SignInBusyException;
import org.communityorganising.pathways.security.SignInUnavailableException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;

/**
 * Sign-in, as a plain HTML page from the server: a phone on a slow network draws it as soon as the
 * page and its small stylesheet arrive, without waiting for the app's JavaScript, and the form posts
 * to Spring Security as any form does (decision 0023). Whatever went wrong (unknown e-mail, wrong
 * password, locked account) the page says the same thing, so it never reveals whether an account
 * exists; only a password that could not be checked at all is told to try again: in a moment when
 * a crowd signs in at once, in a minute when the database cannot be reached.
 */
@Controller
class SignInPage {

    /** The longest e-mail address there can be (RFC 5321), as the people module keeps it. */
    private static final int EMAIL_MAX = 254;

    private final I18NProvider translations;

    SignInPage(I18NProvider translations) {
        this.translations = translations;
    }

    @GetMapping(path = "/login", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> show(
            @RequestParam(name = "lang", required = false) @Nullable String chosen, HttpServletRequest request) {
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.isAuthenticated() && !(signedIn instanceof AnonymousAuthenticationToken)) {
            return ResponseEntity.status(302).header("Location", "./").build();
        }
        if (chosen != null) {
            Languages.choose(request.getSession(), Languages.fromCode(chosen));
        }
        Locale locale = language(request);
        @Nullable
        String error = request.getParameter("error") == null ? null : errorMessageKey(request.getSession(false));
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .body(html(locale, error));
    }

    /** The language chosen in this browser session, else the browser's first of ours, else English. */
    private static Locale language(HttpServletRequest request) {
        return Languages.chosenIn(request.getSession(false))
                .orElseGet(() -> Collections.list(request.getLocales()).stream()
                        .filter(locale -> Languages.ALL.stream()
                                .anyMatch(ours -> ours.getLanguage().equals(locale.getLanguage())))
                        .findFirst()
                        .map(locale -> Languages.fromCode(Languages.code(locale)))
                        .orElse(Languages.ENGLISH));
    }

    /**
     * Why the last sign-in failed, as far as it tells nothing about an account: too many people
     * signing in at once or the database out of reach (either way the password was never
     * checked), or an empty field; else the one sentence for every other failure.
     */
    private static String errorMessageKey(@Nullable HttpSession session) {
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return switch (failure) {
            case SignInBusyException busy -> "login.error.busy";
            case SignInUnavailableException unavailable -> "login.error.unavailable";
            case MissingCredentialsException missing -> "login.error.missing";
            case null, default -> "login.error.message";
        };
    }

    private String html(Locale locale, @Nullable String errorMessageKey) {
        Locale other = Languages.code(locale).equals("cy") ? Languages.ENGLISH : Languages.WELSH;
        boolean failed = errorMessageKey != null;
        String error = errorMessageKey == null
                ? ""
                : """
                        <div id="sign-in-error" class="sign-in-error" role="alert">
                          <p class="sign-in-error-title">%s</p>
                          <p>%s</p>
                        </div>""".formatted(text("login.error.title", locale), text(errorMessageKey, locale));
        // After a failure the fields point to the reason, and the title says it first.
        String invalid = failed ? " aria-invalid=\"true\" aria-describedby=\"sign-in-error\"" : "";
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head>
                  <meta charset="utf-8">
                  <meta name="viewport" content="width=device-width, initial-scale=1">
                  <title>%s%s · %s</title>
                  <link rel="stylesheet" href="styles/sign-in.css">
                </head>
                <body>
                <main class="sign-in">
                  <div class="sign-in-card">
                    <h1 class="sign-in-title">%s</h1>
                    <p class="sign-in-tagline">%s</p>
                    <form class="sign-in-form" method="post" action="login" novalidate>
                      <h2>%s</h2>
                      %s
                      <label for="username">%s</label>
                      <input id="username" name="username" type="email" autocomplete="username" required autofocus maxlength="%d"%s>
                      <label for="password">%s</label>
                      <input id="password" name="password" type="password" autocomplete="current-password" required maxlength="%d"%s>
                      <button type="button" id="password-show" class="sign-in-show" aria-controls="password" aria-pressed="false">%s</button>
                      <button type="submit">%s</button>
                      <a class="sign-in-forgot" href="forgot-password">%s</a>
                    </form>
                    <p class="sign-in-language"><a id="login-language" href="login?lang=%s" lang="%s" hreflang="%s">%s</a></p>
                  </div>
                </main>
                <script>%s</script>
                </body>
                </html>
                """.formatted(
                        Languages.code(locale),
                        failed ? text("login.error.title", locale) + " · " : "",
                        text("login.title", locale),
                        text("app.name", locale),
                        text("app.name", locale),
                        text("app.tagline", locale),
                        text("login.form.title", locale),
                        error,
                        text("login.form.email", locale),
                        EMAIL_MAX,
                        invalid,
                        text("login.form.password", locale),
                        PasswordPolicy.MAX_LENGTH,
                        invalid,
                        text("login.form.show-password", locale),
                        text("login.form.submit", locale),
                        text("login.form.forgot", locale),
                        Languages.code(other),
                        Languages.code(other),
                        Languages.code(other),
                        text(Languages.translationKey(other), other),
                        SHOW_PASSWORD);
    }

    /**
     * "Show password", for a phone's small keys: a toggle button, invisible until this runs (the page
     * works without it); it keeps its place meanwhile, so nothing moves when it appears. The password
     * is hidden again as the form is sent, so that the browser still offers to save it as a password.
     */
    private static final String SHOW_PASSWORD = """
            const show = document.getElementById('password-show');
            const password = document.getElementById('password');
            show.dataset.ready = '';
            show.addEventListener('click', () => {
              const shown = password.type === 'password';
              password.type = shown ? 'text' : 'password';
              show.setAttribute('aria-pressed', String(shown));
            });
            password.form.addEventListener('submit', () => { password.type = 'password'; });""";

    /** A translation, escaped for HTML: the bundles are ours, but a page is no place to trust text. */
    private String text(String key, Locale locale) {
        return HtmlUtils.htmlEscape(translations.getTranslation(key, locale));
    }
}
