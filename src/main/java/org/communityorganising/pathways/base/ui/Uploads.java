package org.communityorganising.pathways.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;

/** The upload's own texts in the person's language (apart from {@link Localised}: decision 0024). */
public final class Uploads {

    private Uploads() {}

    /**
     * The upload's own texts in the person's language, and a notification saying why a file was
     * refused: the browser refuses a file over the limit or of the wrong type before sending it,
     * and the component shows nothing by itself. Call after setting the limit.
     */
    public static Upload localised(Upload upload) {
        String tooBig = upload.getMaxFileSize() > 0
                ? upload.getTranslation("csv.error.too-large", (int) (upload.getMaxFileSize() / 1024))
                : text(upload, "upload.too-big");
        var i18n = new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(text(upload, "upload.drop-one"))
                        .setMany(text(upload, "upload.drop-many")))
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(text(upload, "upload.add-one"))
                        .setMany(text(upload, "upload.add-many")))
                .setFile(new UploadI18N.File()
                        .setRemove(text(upload, "upload.remove"))
                        .setRetry(text(upload, "upload.retry"))
                        .setStart(text(upload, "upload.start")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(text(upload, "upload.too-many"))
                        .setFileIsTooBig(tooBig)
                        .setIncorrectFileType(text(upload, "upload.wrong-type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(text(upload, "upload.connecting"))
                                .setStalled(text(upload, "upload.stalled"))
                                .setProcessing(text(upload, "upload.processing"))
                                .setHeld(text(upload, "upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(text(upload, "upload.remaining"))
                                .setUnknown(text(upload, "upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(text(upload, "upload.server-unavailable"))
                                .setUnexpectedServerError(text(upload, "upload.server-error"))
                                .setForbidden(text(upload, "upload.forbidden"))
                                .setFileTooLarge(tooBig)))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(event -> Notifications.error(event.getErrorMessage()));
        return upload;
    }

    private static String text(Component component, String key) {
        return component.getTranslation(key);
    }
}
