package org.communityorganising.pathways.progression.promotions;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a leader of a decision about their promotion by e-mail, in their language, once the
 * decision is committed. Only when a mail server is configured ({@code spring.mail.host}); the
 * notice on their home is there either way. Through the event publication registry: a mail server
 * that is down is tried again later, not forgotten. The comment is read from the request when the
 * mail goes, not carried in the event: a person erased meanwhile is not e-mailed their comment.
 */
@Component
class PromotionMail {

    private static final Logger log = LoggerFactory.getLogger(PromotionMail.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final JdbcClient jdbc;
    private final I18NProvider i18n;
    private final String from;

    PromotionMail(
            ObjectProvider<JavaMailSender> mail,
            JdbcClient jdbc,
            I18NProvider i18n,
            @org.springframework.beans.factory.annotation.Value("${pathways.mail.from:pathways@localhost}")
                    String from) {
        this.mail = mail;
        this.jdbc = jdbc;
        this.i18n = i18n;
        this.from = from;
    }

    @ApplicationModuleListener
    void on(PromotionEvents.PromotionDecided decision) {
        var sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        var message = jdbc.sql("""
                        select p.full_name, p.email, p.language, t.name_en, t.name_cy, r.decision_comment
                        from v_person p, promotion_request r join tier t on t.id = r.to_tier_id
                        where p.id = :person and r.id = :request and p.active""")
                .param("person", decision.personId())
                .param("request", decision.requestId())
                .query((rs, row) -> {
                    var locale = Locale.of(rs.getString("language"));
                    String tier = "cy".equals(locale.getLanguage()) ? rs.getString("name_cy") : rs.getString("name_en");
                    var email = new SimpleMailMessage();
                    email.setFrom(from);
                    email.setTo(rs.getString("email"));
                    String key = decision.approved() ? "mail.promotion.approved" : "mail.promotion.refused";
                    email.setSubject(i18n.getTranslation(key + ".subject", locale, tier));
                    email.setText(i18n.getTranslation(
                            key + ".body",
                            locale,
                            rs.getString("full_name"),
                            tier,
                            rs.getString("decision_comment") == null ? "" : rs.getString("decision_comment")));
                    return email;
                })
                .optional();
        message.ifPresent(email -> {
            sender.send(email);
            log.info(
                    "Told person {} of the decision on request {} by e-mail",
                    decision.personId(),
                    decision.requestId());
        });
    }
}
