package org.communityorganising.pathways.progression.routes;

import com.vaadin.flow.i18n.I18NProvider;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.PrintablePdf;
import org.communityorganising.pathways.base.SpreadsheetCell;
import org.springframework.stereotype.Component;

/**
 * A portfolio's evidence pack for the assessor, in the person's language: a PDF (the route, the
 * dates, each bucket's hours and sign-off, then every session and piece of practice counted) and
 * the same lines as CSV. Names and titles come from the database: escaped in the PDF, neutralised
 * in the CSV. Notes and counterparts are never in it: they are not evidence anyone else reads.
 */
@Component
class EvidencePack {

    private final I18NProvider i18n;

    EvidencePack(I18NProvider i18n) {
        this.i18n = i18n;
    }

    byte[] csv(Portfolio portfolio) {
        Locale locale = Locale.forLanguageTag(portfolio.language());
        var out = new StringWriter();
        var header = List.of(
                t(locale, "evidence.column.bucket"),
                t(locale, "evidence.column.date"),
                t(locale, "evidence.column.activity"),
                t(locale, "evidence.column.source"),
                t(locale, "evidence.column.hours"));
        try (var csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(SpreadsheetCell.row(header).toArray(String[]::new))
                        .get())) {
            for (var item : portfolio.items()) {
                var bucket = portfolio.bucket(item.bucketId());
                csv.printRecord(SpreadsheetCell.row(List.of(
                        bucket == null ? "" : bucket.bucket().name(locale),
                        item.on().toString(),
                        activity(item, locale),
                        t(locale, item.session() != null ? "evidence.source.register" : "evidence.source.practice"),
                        hours(item.minutes()))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A byte-order mark, so that Excel reads the file as UTF-8.
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }

    byte[] pdf(Portfolio portfolio, LocalDate today) {
        Locale locale = Locale.forLanguageTag(portfolio.language());
        var html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"")
                .append(locale.getLanguage())
                .append("\"><head><meta charset=\"UTF-8\"/><title>")
                .append(e(t(locale, "evidence.title")))
                .append("</title><style>")
                .append(
                        "@page { size: A4; margin: 16mm; } body { font-family: 'DejaVu Sans'; font-size: 10pt; color: #1a1a1a; }")
                .append(
                        "h1 { font-size: 18pt; color: #005a70; margin: 0 0 2mm 0; } h2 { font-size: 13pt; margin: 6mm 0 2mm 0; }")
                .append(
                        "table { width: 100%; border-collapse: collapse; } th, td { text-align: left; padding: 1.5mm; border-bottom: 0.5pt solid #999; }")
                .append("td.n, th.n { text-align: right; }")
                .append("</style></head><body>");
        html.append("<h1>").append(e(t(locale, "evidence.title"))).append("</h1>");
        html.append("<p><b>")
                .append(e(portfolio.personName()))
                .append("</b><br/>")
                .append(e(portfolio.route().name(locale)))
                .append(" — ")
                .append(e(portfolio.route().awardingBody()))
                .append("</p>");
        html.append("<p>")
                .append(e(t(
                        locale,
                        "evidence.dates",
                        LondonTime.date(portfolio.joinedOn(), locale),
                        LondonTime.date(portfolio.assessableFrom(), locale),
                        LondonTime.date(portfolio.deadline(), locale))))
                .append("<br/>")
                .append(e(t(locale, "evidence.made", LondonTime.date(today, locale))))
                .append("</p>");
        html.append("<h2>")
                .append(e(t(locale, "evidence.buckets")))
                .append("</h2><table><thead><tr>")
                .append(th(t(locale, "evidence.column.bucket"), false))
                .append(th(t(locale, "evidence.column.required"), true))
                .append(th(t(locale, "evidence.column.hours"), true))
                .append(th(t(locale, "evidence.column.signed-off"), false))
                .append("</tr></thead><tbody>");
        for (var bucket : portfolio.buckets()) {
            var signOff = bucket.signOff();
            String signed = signOff == null
                    ? t(locale, "evidence.not-signed-off")
                    : t(
                            locale,
                            "evidence.signed-off",
                            signOff.signedBy() == null ? t(locale, "evidence.someone") : signOff.signedBy(),
                            LondonTime.date(LondonTime.of(signOff.signedAt()).toLocalDate(), locale),
                            hours(signOff.minutes()));
            html.append("<tr>")
                    .append(td(bucket.bucket().name(locale), false))
                    .append(td(String.valueOf(bucket.bucket().hours()), true))
                    .append(td(hours(bucket.minutes()), true))
                    .append(td(signed, false))
                    .append("</tr>");
        }
        html.append("</tbody></table>");
        html.append("<h2>").append(e(t(locale, "evidence.items"))).append("</h2>");
        if (portfolio.items().isEmpty()) {
            html.append("<p>").append(e(t(locale, "evidence.no-items"))).append("</p>");
        } else {
            html.append("<table><thead><tr>")
                    .append(th(t(locale, "evidence.column.date"), false))
                    .append(th(t(locale, "evidence.column.activity"), false))
                    .append(th(t(locale, "evidence.column.bucket"), false))
                    .append(th(t(locale, "evidence.column.hours"), true))
                    .append("</tr></thead><tbody>");
            for (var item : portfolio.items()) {
                var bucket = portfolio.bucket(item.bucketId());
                html.append("<tr>")
                        .append(td(LondonTime.date(item.on(), locale), false))
                        .append(td(activity(item, locale), false))
                        .append(td(bucket == null ? "" : bucket.bucket().name(locale), false))
                        .append(td(hours(item.minutes()), true))
                        .append("</tr>");
            }
            html.append("</tbody></table>");
        }
        html.append("<p>").append(e(t(locale, "evidence.rule"))).append("</p>");
        html.append("</body></html>");
        return PrintablePdf.render(html.toString());
    }

    private String activity(EvidenceItem item, Locale locale) {
        return item.session() != null
                ? item.sessionLabel(locale)
                : item.practice() == null ? "" : t(locale, item.practice().translationKey());
    }

    /** Hours with two decimals at most, as a spreadsheet reads them: 1.5, 2, 0.75. */
    static String hours(long minutes) {
        return java.math.BigDecimal.valueOf(minutes)
                .divide(java.math.BigDecimal.valueOf(60), 2, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    private String t(Locale locale, String key, Object... parameters) {
        return i18n.getTranslation(key, locale, parameters);
    }

    private static String th(String text, boolean number) {
        return (number ? "<th class=\"n\">" : "<th>") + e(text) + "</th>";
    }

    private static String td(String text, boolean number) {
        return (number ? "<td class=\"n\">" : "<td>") + e(text) + "</td>";
    }

    private static String e(String text) {
        return PrintablePdf.escape(text);
    }
}
