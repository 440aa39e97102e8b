package org.communityorganising.pathways.support;

import java.util.regex.Pattern;
import org.communityorganising.pathways.mail.demo.EmbeddedMailServer;
import org.communityorganising.pathways.mail.demo.ReceivedMail;

/** Reads the link out of an invitation or reset mail, as the person would click it. */
public final class MailLinks {

    private static final Pattern LINK = Pattern.compile("/(?:invitation|reset-password)/([A-Za-z0-9_-]{43})");

    private MailLinks() {}

    /** The newest mail to this address whose subject is this one (waiting up to ten seconds). */
    public static ReceivedMail mailTo(EmbeddedMailServer mail, String address, String subject) {
        return mail.await(received -> received.to().equalsIgnoreCase(address)
                        && received.subject().equals(subject))
                .orElseThrow(() -> new AssertionError("no mail \"" + subject + "\" to " + address));
    }

    public static String tokenIn(ReceivedMail mail) {
        var found = LINK.matcher(mail.text());
        if (!found.find()) {
            throw new AssertionError("no link in: " + mail.text());
        }
        return found.group(1);
    }
}
