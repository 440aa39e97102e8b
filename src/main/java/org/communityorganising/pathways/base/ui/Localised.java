package org.communityorganising.pathways.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Vaadin's components carry English texts of their own (month names, "Today", "Remove", "Show
 * password"); these helpers give them the person's language from our bundles and the calendar
 * from CLDR, with weeks starting on Monday as they do in Britain.
 */
public final class Localised {

    private Localised() {}

    public static DatePicker datePicker(DatePicker picker) {
        Locale locale = picker.getLocale() != null ? picker.getLocale() : Locale.UK;
        var i18n = new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                        .toList())
                .setWeekdays(weekdays(TextStyle.FULL, locale))
                .setWeekdaysShort(weekdays(TextStyle.SHORT, locale))
                .setFirstDayOfWeek(1)
                .setDateFormats("dd/MM/yyyy", "d/M/yyyy", "d.M.yyyy", "yyyy-MM-dd")
                .setToday(text(picker, "picker.today"))
                .setCancel(text(picker, "picker.cancel"))
                .setBadInputErrorMessage(text(picker, "picker.date.bad-input"))
                .setRequiredErrorMessage(text(picker, "form.error.required"));
        picker.setI18n(i18n);
        return picker;
    }

    public static TimePicker timePicker(TimePicker picker) {
        picker.setI18n(new TimePicker.TimePickerI18n()
                .setBadInputErrorMessage(text(picker, "picker.time.bad-input"))
                .setRequiredErrorMessage(text(picker, "form.error.required")));
        return picker;
    }

    /**
     * The upload's own texts in the person's language, and a notification saying why a file was
     * refused: the browser refuses a file over the limit or of the wrong type before sending it,
     * and the component shows nothing by itself. Call after setting the limit.
     */
    public static Upload upload(Upload upload) {
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

    /** The label of the eye button that shows what was typed. */
    public static PasswordField passwordField(PasswordField field) {
        field.getElement()
                .executeJs("this.i18n = Object.assign({}, this.i18n, {reveal: $0})", text(field, "password.reveal"));
        return field;
    }

    /**
     * Gives a form field its language, and keeps Enter inside pickers and combo boxes: there it
     * chooses a date, time or item and must not also press the dialog's Save button.
     */
    public static void formField(Component field) {
        switch (field) {
            case DatePicker picker -> datePicker(picker);
            case TimePicker picker -> timePicker(picker);
            case PasswordField password -> passwordField(password);
            // The field's own checks (a hostile client can send more than maxlength allows) speak
            // like the form's; Bean Validation says the same in the binder.
            case TextField text ->
                text.setI18n(new TextField.TextFieldI18n()
                        .setRequiredErrorMessage(text.getTranslation("form.error.required"))
                        .setMaxLengthErrorMessage(
                                text.getTranslation("form.error.max-length", (int) text.getMaxLength())));
            case TextArea area ->
                area.setI18n(new TextArea.TextAreaI18n()
                        .setRequiredErrorMessage(area.getTranslation("form.error.required"))
                        .setMaxLengthErrorMessage(
                                area.getTranslation("form.error.max-length", (int) area.getMaxLength())));
            case EmailField email ->
                email.setI18n(new EmailField.EmailFieldI18n()
                        .setRequiredErrorMessage(email.getTranslation("form.error.required"))
                        .setMaxLengthErrorMessage(
                                email.getTranslation("form.error.max-length", (int) email.getMaxLength()))
                        .setPatternErrorMessage(email.getTranslation("people.error.email")));
            default -> {}
        }
        if (field instanceof DatePicker
                || field instanceof TimePicker
                || field instanceof com.vaadin.flow.component.combobox.ComboBox<?>
                || field instanceof com.vaadin.flow.component.combobox.MultiSelectComboBox<?>) {
            field.getElement()
                    .executeJs(
                            "this.addEventListener('keydown', e => { if (e.key === 'Enter') { e.stopPropagation(); } })");
        }
    }

    private static List<String> weekdays(TextStyle style, Locale locale) {
        // Vaadin lists weekdays from Sunday, whatever the first day shown.
        return List.of(
                        DayOfWeek.SUNDAY,
                        DayOfWeek.MONDAY,
                        DayOfWeek.TUESDAY,
                        DayOfWeek.WEDNESDAY,
                        DayOfWeek.THURSDAY,
                        DayOfWeek.FRIDAY,
                        DayOfWeek.SATURDAY)
                .stream()
                .map(day -> day.getDisplayName(style, locale))
                .toList();
    }

    private static String text(Component component, String key) {
        return component.getTranslation(key);
    }
}
