package org.communityorganising.pathways.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AttendanceRateTest {

    @Test
    void presentAndLateCountAsAttendedAndApologiesLeaveTheSessionOut() {
        // 10 held: 6 present, 1 late, 2 apologies, 1 absent → 7 of 8 = 87 %
        var rate = new AttendanceRate(10, 6, 1, 2);
        assertThat(rate.attended()).isEqualTo(7);
        assertThat(rate.counted()).isEqualTo(8);
        assertThat(rate.percent()).hasValue(87);
        assertThat(rate.meets(80)).isTrue();
        assertThat(rate.meets(90)).isFalse();
    }

    @Test
    void anUnmarkedHeldSessionCountsAgainstTheRate() {
        assertThat(new AttendanceRate(4, 3, 0, 0).percent()).hasValue(75);
    }

    @Test
    void nothingHeldYetHasNoRate() {
        assertThat(new AttendanceRate(0, 0, 0, 0).percent()).isEmpty();
        assertThat(new AttendanceRate(2, 0, 0, 2).percent())
                .as("apologies for everything held")
                .isEmpty();
        assertThat(new AttendanceRate(0, 0, 0, 0).meets(80)).isFalse();
    }

    @Test
    void marksCannotExceedTheSessionsHeld() {
        assertThatThrownBy(() -> new AttendanceRate(2, 2, 1, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
