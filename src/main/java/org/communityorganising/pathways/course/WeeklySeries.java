package org.communityorganising.pathways.course;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates of a weekly series: the same local wall-clock time every week, so that 18:30 stays
 * 18:30 across the clock changes (the instants shift by an hour instead).
 */
public final class WeeklySeries {

    public static final int MAX_SESSIONS = 52;

    private WeeklySeries() {}

    /**
     * @param from the first day the series may start on; the first session is on the first
     *     {@code weekday} on or after it
     */
    public static List<TimeSlot> slots(
            LocalDate from, DayOfWeek weekday, LocalTime start, Duration duration, int count, ZoneId zone) {
        if (count < 1 || count > MAX_SESSIONS) {
            throw new IllegalArgumentException("count must be 1.." + MAX_SESSIONS);
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("duration must be more than zero and at most a day");
        }
        LocalDate date = from.with(TemporalAdjusters.nextOrSame(weekday));
        List<TimeSlot> slots = new ArrayList<>(count);
        for (int week = 0; week < count; week++) {
            // A time that does not exist that day (in the spring gap) moves forward by the gap.
            ZonedDateTime begins = ZonedDateTime.of(date.plusWeeks(week), start, zone);
            slots.add(new TimeSlot(begins.toInstant(), begins.plus(duration).toInstant()));
        }
        return slots;
    }
}
