package org.communityorganising.pathways.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.function.Supplier;

/**
 * A link that downloads a file made when it is clicked (never before, never kept in the session):
 * the service that makes it checks, on that request, who may have it.
 */
public final class FileDownload {

    /** The file's bytes, made on the request that downloads them. */
    @FunctionalInterface
    public interface Content extends Supplier<byte[]>, Serializable {}

    private FileDownload() {}

    public static Anchor link(String text, String fileName, String contentType, Content content) {
        var anchor = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = content.get();
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, contentType, bytes.length);
                }),
                text);
        anchor.getElement().setAttribute("download", true);
        return anchor;
    }
}
