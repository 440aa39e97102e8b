package org.communityorganising.pathways.progression.credentials;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.PrintablePdf;
import org.springframework.stereotype.Component;

/**
 * The printable certificate of a credential: one A4 landscape page in English and Welsh, with the
 * address where anyone can check it. DejaVu Sans is embedded, because the PDF's standard fonts have
 * no ŵ or ŷ ({@link PrintablePdf}). Every text from the database is escaped.
 */
@Component
class CertificatePdf {

    private static final Locale WELSH = Locale.forLanguageTag("cy");

    record Content(String holder, String tierEn, String tierCy, String issuer, Instant issuedAt, String verifyAt) {}

    byte[] render(Content content) {
        var day = LondonTime.of(content.issuedAt()).toLocalDate();
        String html = """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="UTF-8"/><title>Certificate</title>
                <style>
                  @page { size: A4 landscape; margin: 18mm; }
                  body { font-family: 'DejaVu Sans'; color: #1a1a1a; text-align: center; }
                  .frame { border: 3px solid #005a70; padding: 14mm 12mm; height: 150mm; }
                  h1 { font-size: 26pt; margin: 0 0 2mm 0; color: #005a70; }
                  .cy { color: #444; }
                  .holder { font-size: 24pt; font-weight: bold; margin: 10mm 0 6mm 0; }
                  .tier { font-size: 20pt; font-weight: bold; margin: 4mm 0; }
                  .small { font-size: 10pt; margin-top: 12mm; }
                </style></head>
                <body><div class="frame">
                  <h1>Certificate <span class="cy">/ Tystysgrif</span></h1>
                  <p>This certifies that <span class="cy">/ Mae hyn yn tystio bod</span></p>
                  <p class="holder">%s</p>
                  <p>has reached the tier <span class="cy">/ wedi cyrraedd yr haen</span></p>
                  <p class="tier">%s <span class="cy">/ %s</span></p>
                  <p>of the leadership ladder of %s <span class="cy">/ ar ysgol arweinyddiaeth %s</span></p>
                  <p>%s <span class="cy">/ %s</span></p>
                  <p class="small">Check this certificate at <span class="cy">/ Gwiriwch y dystysgrif hon yn</span><br/>%s</p>
                </div></body></html>
                """.formatted(
                        escape(content.holder()),
                        escape(content.tierEn()),
                        escape(content.tierCy()),
                        escape(content.issuer()),
                        escape(content.issuer()),
                        escape(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(Locale.UK)
                                .format(day)),
                        escape(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(WELSH)
                                .format(day)),
                        escape(content.verifyAt()));
        return PrintablePdf.render(html);
    }

    private static String escape(String text) {
        return PrintablePdf.escape(text);
    }
}
