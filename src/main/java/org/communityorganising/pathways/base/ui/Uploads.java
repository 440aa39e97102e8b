package org.communityorganising.pathways.base.ui;

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
                : upload.getTranslation("upload.too-big");
        var i18n = new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles()
                        .setOne(upload.getTranslation("upload.drop-one"))
                        .setMany(upload.getTranslation("upload.drop-many")))
                .setAddFiles(new UploadI18N.AddFiles()
                        .setOne(upload.getTranslation("upload.add-one"))
                        .setMany(upload.getTranslation("upload.add-many")))
                .setFile(new UploadI18N.File()
                        .setRemove(upload.getTranslation("upload.remove"))
                        .setRetry(upload.getTranslation("upload.retry"))
                        .setStart(upload.getTranslation("upload.start")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(upload.getTranslation("upload.too-many"))
                        .setFileIsTooBig(tooBig)
                        .setIncorrectFileType(upload.getTranslation("upload.wrong-type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(upload.getTranslation("upload.connecting"))
                                .setStalled(upload.getTranslation("upload.stalled"))
                                .setProcessing(upload.getTranslation("upload.processing"))
                                .setHeld(upload.getTranslation("upload.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(upload.getTranslation("upload.remaining"))
                                .setUnknown(upload.getTranslation("upload.remaining-unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(upload.getTranslation("upload.server-unavailable"))
                                .setUnexpectedServerError(upload.getTranslation("upload.server-error"))
                                .setForbidden(upload.getTranslation("upload.forbidden"))
                                .setFileTooLarge(tooBig)))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
        upload.setI18n(i18n);
        upload.addFileRejectedListener(event -> Notifications.error(event.getErrorMessage()));
        return upload;
    }
}
