package org.communityorganising.pathways.mail.demo;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/** GreenMail's SMTP server on the loopback address, keeping every message in memory. */
public class EmbeddedMailServer {

    private final GreenMail server;

    EmbeddedMailServer(int port) {
        var setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
        this.server = new GreenMail(port == 0 ? setup.dynamicPort() : setup);
    }

    void start() {
        server.start();
    }

    void stop() {
        server.stop();
    }

    public int port() {
        return server.getSmtp().getPort();
    }

    /** Every message received so far, newest first. */
    public List<ReceivedMail> received() {
        MimeMessage[] messages = server.getReceivedMessages();
        var mails = new ArrayList<ReceivedMail>(messages.length);
        for (int i = messages.length - 1; i >= 0; i--) {
            mails.add(decode(i + 1, messages[i]));
        }
        return mails;
    }

    /** Waits up to ten seconds for a message that matches (mail goes after the commit, on its own thread). */
    public Optional<ReceivedMail> await(Predicate<ReceivedMail> matching) {
        var until = Instant.now().plus(Duration.ofSeconds(10));
        while (Instant.now().isBefore(until)) {
            var found = received().stream().filter(matching).findFirst();
            if (found.isPresent()) {
                return found;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return Optional.empty();
    }

    private static ReceivedMail decode(int number, MimeMessage message) {
        try {
            var to = message.getRecipients(Message.RecipientType.TO);
            var sent = message.getSentDate();
            return new ReceivedMail(
                    number,
                    to == null || to.length == 0 ? "" : to[0].toString(),
                    message.getSubject() == null ? "" : message.getSubject(),
                    message.getHeader("Content-Language", null),
                    textOf(message),
                    sent == null ? Instant.now() : sent.toInstant());
        } catch (MessagingException | IOException unreadable) {
            return new ReceivedMail(
                    number, "", "(unreadable)", null, String.valueOf(unreadable.getMessage()), Instant.now());
        }
    }

    /** The first text/plain part, however deep in the multipart it sits. */
    private static String textOf(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return String.valueOf(part.getContent());
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                @Nullable String text = textOf(child);
                if (!text.isEmpty()) {
                    return text;
                }
            }
        }
        return "";
    }
}
