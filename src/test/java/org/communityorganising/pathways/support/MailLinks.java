package org.communityorganising.pathways.support;

import java.util.regex.Pattern;
import org.communityorganising.pathways.mail.demo.EmbeddedMailServer;
import org.communityorganising.pathways.mail.demo.ReceivedMail;
import org.communityorganising.pathways.security.AccountLinks;

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

    /**
     * The link in the mail once it opens: the mail leaves from inside the transaction that made
     * its link, so a reader as fast as a test can have it a moment before that commits. Waits up to
     * ten seconds; the caller still asserts what the link does.
     */
    public static String openedTokenIn(ReceivedMail mail, AccountLinks links) {
        String token = tokenIn(mail);
        long until = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (links.open(token).isEmpty() && System.nanoTime() < until) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return token;
    }

    public static String tokenIn(ReceivedMail mail) {
        var found = LINK.matcher(mail.text());
        if (!found.find()) {
            throw new AssertionError("no link in: " + mail.text());
        }
        return found.group(1);
    }
}
