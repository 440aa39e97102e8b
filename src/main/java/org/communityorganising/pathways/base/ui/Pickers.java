package org.communityorganising.pathways.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Date and time pickers in the person's language: month and day names from CLDR, weeks starting on
 * Monday as they do in Britain, and Vaadin's own texts ("Today", "Cancel") from our bundles. Every
 * picker is made here (ArchitectureTest), so none is left in English. Kept apart from {@link
 * Localised} so that a page which only has text fields does not load the pickers' code before it
 * draws (decision 0024).
 */
public final class Pickers {

    private Pickers() {}

    public static DatePicker date(String label) {
        return localised(new DatePicker(label));
    }

    /** A date picker labelled elsewhere (a form's own label, or an aria-label). */
    public static DatePicker date() {
        return localised(new DatePicker());
    }

    public static TimePicker time(String label) {
        return localised(new TimePicker(label));
    }

    /** A time picker labelled elsewhere. */
    public static TimePicker time() {
        return localised(new TimePicker());
    }

    private static DatePicker localised(DatePicker picker) {
        Locale locale = picker.getLocale() != null ? picker.getLocale() : Locale.UK;
        var i18n = new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values())
                        .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                        .toList())
                .setWeekdays(weekdays(TextStyle.FULL, locale))
                .setWeekdaysShort(weekdays(TextStyle.SHORT, locale))
                .setFirstDayOfWeek(1)
                .setDateFormats("dd/MM/yyyy", "d/M/yyyy", "d.M.yyyy", "yyyy-MM-dd")
                .setToday(picker.getTranslation("picker.today"))
                .setCancel(picker.getTranslation("picker.cancel"))
                .setBadInputErrorMessage(picker.getTranslation("picker.date.bad-input"))
                .setRequiredErrorMessage(picker.getTranslation("form.error.required"));
        picker.setI18n(i18n);
        return picker;
    }

    private static TimePicker localised(TimePicker picker) {
        picker.setI18n(new TimePicker.TimePickerI18n()
                .setBadInputErrorMessage(picker.getTranslation("picker.time.bad-input"))
                .setRequiredErrorMessage(picker.getTranslation("form.error.required")));
        return picker;
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
}
