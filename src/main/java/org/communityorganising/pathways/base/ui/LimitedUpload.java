package org.communityorganising.pathways.base.ui;

import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * Receives an uploaded file into memory, but never more than a limit: reading stops one byte past
 * it, so a 50 MB file costs the server a megabyte, not fifty, before it is refused.
 */
public final class LimitedUpload implements UploadHandler {

    /** What to do with a file within the limit, on the UI thread. */
    @FunctionalInterface
    public interface Receiver extends Serializable {
        void received(String fileName, byte[] data);
    }

    private final int maxBytes;
    private final Receiver receiver;
    private final Runnable tooLarge;

    /** @param tooLarge runs on the UI thread when the file is over the limit */
    public LimitedUpload(int maxBytes, Receiver receiver, SerializableRunnable tooLarge) {
        this.maxBytes = maxBytes;
        this.receiver = receiver;
        this.tooLarge = tooLarge;
    }

    /** A runnable a Vaadin session can keep. */
    @FunctionalInterface
    public interface SerializableRunnable extends Runnable, Serializable {}

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        byte[] data = event.getFileSize() > maxBytes ? null : readAtMost(event.getInputStream(), maxBytes);
        var ui = event.getUI();
        if (data == null) {
            // The upload component shows this beside the file: in the person's language.
            event.reject(ui.getTranslation("upload.too-big"));
            ui.access(tooLarge::run);
            return;
        }
        String fileName = event.getFileName();
        ui.access(() -> receiver.received(fileName, data));
    }

    /** The whole stream when it holds at most {@code maxBytes}; null (having read one byte more) when it holds more. */
    static byte @Nullable [] readAtMost(InputStream in, int maxBytes) throws IOException {
        try (in) {
            byte[] data = in.readNBytes(maxBytes + 1);
            return data.length > maxBytes ? null : data;
        }
    }
}
