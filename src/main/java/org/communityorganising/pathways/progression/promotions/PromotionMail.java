package org.communityorganising.pathways.progression.promotions;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Arrays;
import java.util.Locale;
import org.communityorganising.pathways.mail.MailMessage;
import org.communityorganising.pathways.mail.Mailer;
import org.communityorganising.pathways.mail.PublicAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a leader of a decision about their promotion by e-mail, in their language, once the
 * decision is committed. Through the event publication registry: a mail server that is down is
 * tried again later, not forgotten. The comment is read from the request when the mail goes, not
 * carried in the event: a person erased meanwhile is not e-mailed their comment.
 */
@Component
class PromotionMail {

    private static final Logger log = LoggerFactory.getLogger(PromotionMail.class);

    private final Mailer mailer;
    private final PublicAddress address;
    private final JdbcClient jdbc;
    private final I18NProvider i18n;

    PromotionMail(Mailer mailer, PublicAddress address, JdbcClient jdbc, I18NProvider i18n) {
        this.mailer = mailer;
        this.address = address;
        this.jdbc = jdbc;
        this.i18n = i18n;
    }

    @ApplicationModuleListener
    void on(PromotionEvents.PromotionDecided decision) {
        var sent = jdbc.sql("""
                        select p.full_name, p.email, p.language, t.name_en, t.name_cy, r.decision_comment
                        from v_person p, promotion_request r join tier t on t.id = r.to_tier_id
                        where p.id = :person and r.id = :request and p.active""")
                .param("person", decision.personId())
                .param("request", decision.requestId())
                .query((rs, row) -> {
                    var locale = Locale.of(rs.getString("language"));
                    String tier = "cy".equals(locale.getLanguage()) ? rs.getString("name_cy") : rs.getString("name_en");
                    String key = decision.approved() ? "mail.promotion.approved" : "mail.promotion.refused";
                    String comment = rs.getString("decision_comment");
                    String body = i18n.getTranslation(
                            key + ".body", locale, rs.getString("full_name"), tier, comment == null ? "" : comment);
                    var message = MailMessage.of(
                                    rs.getString("email"),
                                    i18n.getTranslation(key + ".subject", locale, tier),
                                    Arrays.stream(body.split("\n\n"))
                                            .map(String::strip)
                                            .filter(paragraph -> !paragraph.isEmpty())
                                            .toList())
                            .withLink(address.of("/my-path"), i18n.getTranslation("mail.open-my-path", locale));
                    return mailer.send(message, locale);
                })
                .optional();
        if (sent.orElse(false)) {
            log.info(
                    "Told person {} of the decision on request {} by e-mail",
                    decision.personId(),
                    decision.requestId());
        }
    }
}
