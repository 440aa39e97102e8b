package org.communityorganising.pathways.privacy.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.function.Function;
import org.communityorganising.pathways.privacy.PersonalDataService.Format;

/** The two downloads of an export: the readable page and the JSON file. Each download is made (and audited) when clicked. */
class DataDownloads extends Composite<Div> {

    /** Makes the file in a format. */
    interface Exporter extends Function<Format, byte[]>, Serializable {}

    DataDownloads(long personId, Exporter exporter) {
        getContent().addClassName("session-actions");
        getContent()
                .add(
                        link(getTranslation("data.download.html"), "data-html", personId, Format.HTML, exporter),
                        link(getTranslation("data.download.json"), "data-json", personId, Format.JSON, exporter));
    }

    private static Anchor link(String text, String id, long personId, Format format, Exporter exporter) {
        var anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = exporter.apply(format);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            format.fileName(personId),
                            format.contentType(),
                            bytes.length);
                }),
                text);
        anchor.getElement().setAttribute("download", true);
        anchor.setId(id);
        return anchor;
    }
}
