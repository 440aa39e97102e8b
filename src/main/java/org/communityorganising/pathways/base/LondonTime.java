package org.communityorganising.pathways.base;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Every time is stored as an instant and shown in the alliance's own time zone. */
public final class LondonTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private LondonTime() {}

    public static ZonedDateTime of(Instant instant) {
        return instant.atZone(ZONE);
    }

    /** "Thu 15 Oct 2026, 18:30" in the reader's language. */
    public static String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", locale).format(of(instant));
    }

    public static String time(Instant instant, Locale locale) {
        return DateTimeFormatter.ofPattern("HH:mm", locale).format(of(instant));
    }

    public static String date(java.time.LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale)
                .format(date);
    }
}
