package org.communityorganising.pathways.mail;

import org.springframework.web.util.HtmlUtils;

/** The two parts of a message, from the same words: every piece of text is escaped in the HTML. */
final class MailBody {

    private MailBody() {}

    static String text(MailMessage message) {
        var text = new StringBuilder();
        for (String paragraph : message.paragraphs()) {
            text.append(paragraph).append("\n\n");
        }
        if (message.link() != null) {
            text.append(message.linkLabel() == null ? "" : message.linkLabel() + ":\n")
                    .append(message.link())
                    .append("\n");
        }
        return text.toString().strip() + "\n";
    }

    static String html(MailMessage message, String language) {
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"")
                .append(HtmlUtils.htmlEscape(language))
                .append("\"><head><meta charset=\"utf-8\"><title>")
                .append(HtmlUtils.htmlEscape(message.subject()))
                .append("</title></head><body style=\"font-family:sans-serif;font-size:16px;line-height:1.5;"
                        + "color:#1a1a1a;max-width:36em;margin:0 auto;padding:16px\">");
        for (String paragraph : message.paragraphs()) {
            html.append("<p>").append(HtmlUtils.htmlEscape(paragraph)).append("</p>");
        }
        if (message.link() != null) {
            String link = HtmlUtils.htmlEscape(message.link());
            String label = HtmlUtils.htmlEscape(message.linkLabel() == null ? message.link() : message.linkLabel());
            html.append("<p><a href=\"")
                    .append(link)
                    .append("\" style=\"display:inline-block;padding:12px 20px;background:#1f5fa8;color:#fff;"
                            + "border-radius:6px;text-decoration:none\">")
                    .append(label)
                    .append("</a></p><p style=\"font-size:14px;color:#555\">")
                    .append(link)
                    .append("</p>");
        }
        return html.append("</body></html>").toString();
    }
}
