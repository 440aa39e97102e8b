package org.communityorganising.pathways.mail.demo;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.regex.Pattern;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.ui.Icons;
import org.communityorganising.pathways.base.ui.SignInLink;

/**
 * The demo's mailbox: every message the embedded server received, newest first, readable without
 * signing in (the person invited has no account yet). Links in a message are links here too.
 * Registered only when the embedded server runs ({@link EmbeddedMailConfiguration}).
 */
@AnonymousAllowed
public class MailboxView extends Main implements HasDynamicTitle {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    private final transient EmbeddedMailServer server;
    private final Div messages = new Div();

    MailboxView(EmbeddedMailServer server) {
        this.server = server;
        addClassNames("view", "mailbox-view");
        setId("mailbox-view");
        var refresh = new Button(getTranslation("mailbox.refresh"), Icons.REFRESH.create(), event -> show());
        refresh.setId("mailbox-refresh");
        var login = SignInLink.withText(getTranslation("mailbox.to-login"));
        add(new H1(getTranslation("mailbox.title")), new Paragraph(getTranslation("mailbox.text")), refresh, login);
        messages.setId("mailbox-messages");
        add(messages);
        show();
    }

    private void show() {
        messages.removeAll();
        var received = server.received();
        if (received.isEmpty()) {
            messages.add(new Paragraph(getTranslation("mailbox.empty")));
            return;
        }
        for (var mail : received) {
            var message = new Article(
                    new H2(mail.subject()),
                    new Paragraph(getTranslation(
                            "mailbox.to", mail.to(), LondonTime.dateTime(mail.receivedAt(), getLocale()))));
            message.addClassName("mailbox-message");
            message.setId("mail-" + mail.number());
            for (String paragraph : mail.text().split("\\R\\R")) {
                message.add(withLinks(paragraph));
            }
            messages.add(message);
        }
    }

    /** A paragraph whose addresses can be followed. */
    private static Paragraph withLinks(String text) {
        var paragraph = new Paragraph();
        var links = LINK.matcher(text);
        int from = 0;
        while (links.find()) {
            paragraph.add(new Span(text.substring(from, links.start())));
            paragraph.add(new Anchor(links.group(), links.group()));
            from = links.end();
        }
        paragraph.add(new Span(text.substring(from)));
        return paragraph;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mailbox.title") + " · " + getTranslation("app.name");
    }
}
