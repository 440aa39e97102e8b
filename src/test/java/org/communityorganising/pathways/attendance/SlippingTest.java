package org.communityorganising.pathways.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class SlippingTest {

    private static Slipping check(AttendanceRate rate, AttendanceStatus... newestFirst) {
        return Slipping.of(rate, Arrays.asList(newestFirst), 80, 2);
    }

    @Test
    void twoAbsencesInARowAtTheLatestSessionsFlagSomeone() {
        var slipping = check(
                new AttendanceRate(5, 3, 0, 0),
                AttendanceStatus.ABSENT,
                AttendanceStatus.ABSENT,
                AttendanceStatus.PRESENT);
        assertThat(slipping.absencesInARow()).isEqualTo(2);
        assertThat(slipping.slipping()).isTrue();
    }

    @Test
    void apologiesNeitherBreakNorExtendTheRun() {
        var slipping = check(
                new AttendanceRate(4, 2, 0, 1),
                AttendanceStatus.ABSENT,
                AttendanceStatus.APOLOGIES,
                AttendanceStatus.ABSENT);
        assertThat(slipping.absencesInARow()).isEqualTo(2);
    }

    @Test
    void anAbsenceFollowedByAttendanceIsNoRun() {
        var slipping = check(
                new AttendanceRate(10, 8, 0, 0),
                AttendanceStatus.PRESENT,
                AttendanceStatus.ABSENT,
                AttendanceStatus.ABSENT);
        assertThat(slipping.absencesInARow()).isZero();
        assertThat(slipping.slipping()).isFalse();
    }

    @Test
    void aRateBelowTheMinimumFlagsSomeoneToo() {
        var slipping = check(new AttendanceRate(4, 2, 0, 0), AttendanceStatus.PRESENT);
        assertThat(slipping.belowMinimum()).isTrue();
        assertThat(slipping.slipping()).isTrue();
    }

    @Test
    void nobodyIsFlaggedBeforeAnySessionIsHeld() {
        assertThat(check(new AttendanceRate(0, 0, 0, 0)).slipping()).isFalse();
    }
}
