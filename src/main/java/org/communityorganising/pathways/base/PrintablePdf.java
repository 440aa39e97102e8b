package org.communityorganising.pathways.base;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.web.util.HtmlUtils;

/**
 * A PDF made from XHTML, with DejaVu Sans embedded (regular and bold) because the PDF's standard
 * fonts have no ŵ or ŷ. Every text from the database goes in through {@link #escape}: a name is
 * data, never markup.
 */
public final class PrintablePdf {

    /** The font family name the XHTML's CSS uses. */
    public static final String FONT_FAMILY = "DejaVu Sans";

    private static final String FONT = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
    private static final String BOLD = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";

    private PrintablePdf() {}

    public static byte[] render(String xhtml) {
        var out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .useFont(() -> PrintablePdf.class.getResourceAsStream(FONT), FONT_FAMILY)
                    .useFont(
                            () -> PrintablePdf.class.getResourceAsStream(BOLD),
                            FONT_FAMILY,
                            700,
                            PdfRendererBuilder.FontStyle.NORMAL,
                            true)
                    .withHtmlContent(xhtml, null)
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** XHTML-safe text, with control characters dropped (a PDF has no use for them). */
    public static String escape(String text) {
        return HtmlUtils.htmlEscape(text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", ""), "UTF-8");
    }
}
