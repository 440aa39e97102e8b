package org.communityorganising.pathways.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.function.Supplier;

/** A link that downloads a CSV made when it is clicked (never before, never kept in the session). */
public final class CsvDownload {

    /** The CSV's bytes, made on the request that downloads them. */
    @FunctionalInterface
    public interface Content extends Supplier<byte[]>, Serializable {}

    private CsvDownload() {}

    public static Anchor link(String text, String fileName, Content csv) {
        var anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = csv.get();
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), fileName, "text/csv; charset=UTF-8", bytes.length);
                }),
                text);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}
