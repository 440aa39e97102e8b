package org.communityorganising.pathways.base.ui;

import com.vaadin.flow.component.html.Anchor;

/** A link that downloads a CSV made when it is clicked (never before, never kept in the session). */
public final class CsvDownload {

    /** The CSV's bytes, made on the request that downloads them. */
    @FunctionalInterface
    public interface Content extends FileDownload.Content {}

    private CsvDownload() {}

    public static Anchor link(String text, String fileName, Content csv) {
        return FileDownload.link(text, fileName, "text/csv; charset=UTF-8", csv);
    }
}
