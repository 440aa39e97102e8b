package org.communityorganising.pathways.mail;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One message to one person, already in their language: a subject, paragraphs, and at most one
 * link with the words of its button. The plain-text and HTML parts are both made from these.
 */
public record MailMessage(
        String to,
        String subject,
        List<String> paragraphs,
        @Nullable String link,
        @Nullable String linkLabel) {

    public MailMessage {
        paragraphs = List.copyOf(paragraphs);
    }

    public static MailMessage of(String to, String subject, List<String> paragraphs) {
        return new MailMessage(to, subject, paragraphs, null, null);
    }

    public MailMessage withLink(String url, String label) {
        return new MailMessage(to, subject, paragraphs, url, label);
    }
}
