package org.communityorganising.pathways.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.communityorganising.pathways.base.LondonTime;
import org.junit.jupiter.api.Test;

class WeeklySeriesTest {

    @Test
    void aThursdayEveningSeriesKeepsItsLocalTimeAcrossTheOctoberClockChange() {
        // British Summer Time ends on Sunday 25 October 2026.
        var slots = WeeklySeries.slots(
                LocalDate.of(2026, 10, 13),
                DayOfWeek.THURSDAY,
                LocalTime.of(18, 30),
                Duration.ofMinutes(75),
                4,
                LondonTime.ZONE);

        assertThat(slots)
                .extracting(TimeSlot::start)
                .containsExactly(
                        Instant.parse("2026-10-15T17:30:00Z"),
                        Instant.parse("2026-10-22T17:30:00Z"),
                        Instant.parse("2026-10-29T18:30:00Z"),
                        Instant.parse("2026-11-05T18:30:00Z"));
        assertThat(slots).allSatisfy(slot -> {
            assertThat(LondonTime.of(slot.start()).toLocalTime()).isEqualTo(LocalTime.of(18, 30));
            assertThat(Duration.between(slot.start(), slot.end())).isEqualTo(Duration.ofMinutes(75));
        });
    }

    @Test
    void theSeriesStartsOnTheGivenDayWhenItIsTheRightWeekday() {
        var slots = WeeklySeries.slots(
                LocalDate.of(2026, 10, 15),
                DayOfWeek.THURSDAY,
                LocalTime.of(10, 0),
                Duration.ofHours(1),
                1,
                LondonTime.ZONE);
        assertThat(LondonTime.of(slots.getFirst().start()).toLocalDate()).isEqualTo(LocalDate.of(2026, 10, 15));
    }

    @Test
    void aSeriesAcrossTheMarchClockChangeAlsoKeepsItsLocalTime() {
        // British Summer Time starts on Sunday 28 March 2027.
        var slots = WeeklySeries.slots(
                LocalDate.of(2027, 3, 22),
                DayOfWeek.MONDAY,
                LocalTime.of(19, 0),
                Duration.ofMinutes(90),
                2,
                LondonTime.ZONE);
        assertThat(slots)
                .extracting(TimeSlot::start)
                .containsExactly(Instant.parse("2027-03-22T19:00:00Z"), Instant.parse("2027-03-29T18:00:00Z"));
    }

    @Test
    void aSeriesHasBetweenOneAndFiftyTwoSessions() {
        assertThatThrownBy(() -> WeeklySeries.slots(
                        LocalDate.of(2026, 1, 1),
                        DayOfWeek.MONDAY,
                        LocalTime.NOON,
                        Duration.ofHours(1),
                        0,
                        LondonTime.ZONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WeeklySeries.slots(
                        LocalDate.of(2026, 1, 1),
                        DayOfWeek.MONDAY,
                        LocalTime.NOON,
                        Duration.ofHours(1),
                        53,
                        LondonTime.ZONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
