package org.communityorganising.pathways.attendance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.communityorganising.pathways.attendance.AttendanceRate;
import org.communityorganising.pathways.attendance.CohortAttendance;
import org.communityorganising.pathways.support.BrowserlessUi;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The attendance lines of a home: plurals said right, and nothing counted before a first session. */
@IntegrationTest
class AttendanceSummaryTest {

    @Autowired
    BrowserlessUi ui;

    @AfterEach
    void close() {
        ui.close();
    }

    private static CohortAttendance cohort(String name, AttendanceRate rate) {
        return new CohortAttendance(
                1,
                name,
                "Community Leadership Training",
                "Hyfforddiant",
                80,
                rate,
                1,
                BigDecimal.TEN,
                LocalDate.now(),
                false);
    }

    @Test
    void oneApologyIsOneApologyAndACourseNotYetStartedCountsNothing() {
        ui.openAs(DemoLogins.TRAINEE);
        var summary = new AttendanceSummary(List.of(
                cohort("Spring", new AttendanceRate(3, 2, 0, 1)), cohort("Autumn", new AttendanceRate(0, 0, 0, 0))));
        String text = summary.getElement().getTextRecursively();
        assertThat(text)
                .contains("2 of 3 sessions attended (1 apology)")
                .doesNotContain("(1 apologies)")
                .doesNotContain("0 of 0")
                .contains("Not yet: no session has taken place.");
    }
}
