package org.communityorganising.pathways.people;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.communityorganising.pathways.mail.MailMessage;
import org.communityorganising.pathways.mail.Mailer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells the old address when a lead or administrator changed a person's e-mail address. */
@Component
class EmailChangeMail {

    private final Mailer mailer;
    private final JdbcClient jdbc;
    private final I18NProvider i18n;

    EmailChangeMail(Mailer mailer, JdbcClient jdbc, I18NProvider i18n) {
        this.mailer = mailer;
        this.jdbc = jdbc;
        this.i18n = i18n;
    }

    @ApplicationModuleListener
    void on(PeopleEvents.EmailChanged change) {
        jdbc.sql("select full_name, email, language from v_person where id = :id and active")
                .param("id", change.personId())
                .query((rs, row) -> {
                    var locale = Locale.of(rs.getString("language"));
                    String first = rs.getString("full_name").strip().split("\\s+")[0];
                    var message = MailMessage.of(
                            change.previousEmail(),
                            i18n.getTranslation("mail.email-changed.subject", locale),
                            List.of(
                                    i18n.getTranslation("mail.greeting", locale, first),
                                    i18n.getTranslation("mail.email-changed.body", locale, rs.getString("email")),
                                    i18n.getTranslation("mail.not-you", locale)));
                    return mailer.send(message, locale);
                })
                .optional();
    }
}
