package org.communityorganising.pathways.security;

import com.vaadin.flow.i18n.I18NProvider;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.Rows;
import org.communityorganising.pathways.mail.MailMessage;
import org.communityorganising.pathways.mail.Mailer;
import org.communityorganising.pathways.mail.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The mails of invitations and resets, after the commit and through the event publication
 * registry (a mail server down means a retry). A link's secret is made here, just before its mail
 * goes, so no secret waits anywhere in plain text; if the mail fails, the transaction rolls back
 * and the next try makes a new one. Never logs a link or an address.
 */
@Component
class AccountLinkMail {

    private static final Logger log = LoggerFactory.getLogger(AccountLinkMail.class);

    private final AccountLinkStore links;
    private final Mailer mailer;
    private final PublicAddress address;
    private final JdbcClient jdbc;
    private final I18NProvider i18n;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;

    AccountLinkMail(
            AccountLinkStore links,
            Mailer mailer,
            PublicAddress address,
            JdbcClient jdbc,
            I18NProvider i18n,
            ApplicationEventPublisher events,
            java.time.Clock clock) {
        this.clock = clock;
        this.links = links;
        this.mailer = mailer;
        this.address = address;
        this.jdbc = jdbc;
        this.i18n = i18n;
        this.events = events;
    }

    private record Recipient(long id, String fullName, String email, String language) {
        static final RowMapper<Recipient> ROW = Rows.byName(Recipient.class);

        Locale locale() {
            return Locale.of(language);
        }

        String firstName() {
            return fullName.strip().split("\\s+")[0];
        }
    }

    @ApplicationModuleListener
    void on(AccountEvents.InvitationRequested invitation) {
        var person = recipient(invitation.personId());
        if (person == null) {
            return;
        }
        if (!mailer.configured()) {
            // No secret is made for a mail that cannot go: the lead copies a link from People instead.
            log.warn(
                    "No mail server configured: invitation {} not mailed; copy its link from People",
                    invitation.linkId());
            return;
        }
        String token = links.issueToken(invitation.linkId());
        if (token == null) {
            return; // revoked or replaced before its mail went
        }
        var locale = person.locale();
        var validFor = links.validity(AccountLinks.Purpose.INVITATION);
        var message = MailMessage.of(
                        person.email(),
                        t("mail.invitation.subject", locale),
                        List.of(
                                t("mail.greeting", locale, person.firstName()),
                                t("mail.invitation.body", locale),
                                t("mail.invitation.valid", locale, days(validFor)),
                                t("mail.invitation.not-expected", locale)))
                .withLink(links.linkTo(AccountLinks.Purpose.INVITATION, token), t("mail.invitation.button", locale));
        if (mailer.send(message, locale)) {
            log.info("Invitation {} mailed to person {}", invitation.linkId(), person.id());
        }
    }

    @ApplicationModuleListener
    void on(AccountEvents.PasswordResetRequested request) {
        var person = jdbc.sql("""
                        select p.id, p.full_name, p.email, p.language from v_person p join account a on a.person_id = p.id
                        where lower(p.email) = :email and p.active and a.password_hash is not null""")
                .param("email", request.email())
                .query(Recipient.ROW)
                .optional();
        if (person.isEmpty()) {
            return; // nobody: nothing is sent, and the page said the same words
        }
        var recipient = person.get();
        var link = links.newResetLink(recipient.id());
        if (link.isEmpty()) {
            return; // asked too often within the hour
        }
        String token = links.issueToken(link.get());
        if (token == null) {
            return;
        }
        var locale = recipient.locale();
        var message = MailMessage.of(
                        recipient.email(),
                        t("mail.reset.subject", locale),
                        List.of(
                                t("mail.greeting", locale, recipient.firstName()),
                                t("mail.reset.body", locale),
                                t(
                                        "mail.reset.valid",
                                        locale,
                                        minutes(links.validity(AccountLinks.Purpose.PASSWORD_RESET))),
                                t("mail.reset.not-you", locale)))
                .withLink(links.linkTo(AccountLinks.Purpose.PASSWORD_RESET, token), t("mail.reset.button", locale));
        if (mailer.send(message, locale)) {
            events.publishEvent(new AccountEvents.PasswordResetSent(link.get(), recipient.id()));
        }
    }

    @ApplicationModuleListener
    void on(AccountEvents.PasswordChosen chosen) {
        var person = recipient(chosen.personId());
        if (person == null) {
            return;
        }
        var locale = person.locale();
        String kind = chosen.invitation() ? "mail.ready" : "mail.changed";
        var message = MailMessage.of(
                        person.email(),
                        t(kind + ".subject", locale),
                        List.of(
                                t("mail.greeting", locale, person.firstName()),
                                t(kind + ".body", locale, LondonTime.dateTime(clock.instant(), locale)),
                                t("mail.not-you", locale)))
                .withLink(address.of("/login"), t("mail.sign-in", locale));
        mailer.send(message, locale);
    }

    private @org.jspecify.annotations.Nullable Recipient recipient(long personId) {
        return jdbc.sql("select id, full_name, email, language from v_person where id = :id and active")
                .param("id", personId)
                .query(Recipient.ROW)
                .optional()
                .orElse(null);
    }

    private String t(String key, Locale locale, Object... arguments) {
        return i18n.getTranslation(key, locale, arguments);
    }

    private static long days(Duration duration) {
        return Math.max(1, duration.toDays());
    }

    private static long minutes(Duration duration) {
        return Math.max(1, duration.toMinutes());
    }
}
