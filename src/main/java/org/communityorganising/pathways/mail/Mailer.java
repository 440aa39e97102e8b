package org.communityorganising.pathways.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends one message now, over SMTP, in plain text and HTML. Call it from a listener that runs after
 * the commit (an {@code @ApplicationModuleListener}): an exception leaves the event publication
 * incomplete, and it is sent again later. Without a mail server ({@code spring.mail.host} unset,
 * and no embedded one) nothing is sent and that is logged: the links can still be copied by hand.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final Counter sent;
    private final Counter failed;
    private final Counter unsent;
    private final String from;

    Mailer(
            ObjectProvider<JavaMailSender> sender,
            @Value("${pathways.mail.from:pathways@localhost}") String from,
            MeterRegistry meters) {
        this.sender = sender;
        this.sent = Counter.builder("pathways.mail")
                .tag("outcome", "sent")
                .description("Mails handed to the SMTP server")
                .register(meters);
        this.failed = Counter.builder("pathways.mail")
                .tag("outcome", "failed")
                .description(
                        "Mails the SMTP server refused or could not be reached for (retried from the event registry)")
                .register(meters);
        this.unsent = Counter.builder("pathways.mail")
                .tag("outcome", "no-server")
                .description("Mails not sent because no mail server is configured")
                .register(meters);
        this.from = from;
    }

    /** Whether a mail server is configured at all. */
    public boolean configured() {
        return sender.getIfAvailable() != null;
    }

    /** @return false when no mail server is configured (nothing was sent) */
    public boolean send(MailMessage message, Locale language) {
        var smtp = sender.getIfAvailable();
        if (smtp == null) {
            log.warn("No mail server configured (SPRING_MAIL_HOST): a message was not sent");
            unsent.increment();
            return false;
        }
        var mime = smtp.createMimeMessage();
        try {
            var parts = new MimeMessageHelper(mime, true, "UTF-8");
            parts.setFrom(from);
            parts.setTo(message.to());
            parts.setSubject(message.subject());
            parts.setText(MailBody.text(message), MailBody.html(message, language.getLanguage()));
            mime.setHeader("Content-Language", language.getLanguage());
        } catch (MessagingException wrong) {
            throw new MailSendException("Could not compose a message", wrong);
        }
        try {
            smtp.send(mime);
        } catch (RuntimeException refused) {
            failed.increment();
            throw refused;
        }
        sent.increment();
        return true;
    }
}
