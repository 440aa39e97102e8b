package org.communityorganising.pathways.progression.routes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.communityorganising.pathways.attendance.AttendanceStatus;
import org.communityorganising.pathways.attendance.AttendedSession;
import org.communityorganising.pathways.progression.practice.PracticeKind;
import org.communityorganising.pathways.progression.practice.TimedPractice;
import org.junit.jupiter.api.Test;

/** Each hour fills the bucket that names its source, once; what no bucket names is left out. */
class PortfolioHoursTest {

    private static final RouteBucket LEARNING = new RouteBucket(1, 1, "Learning", "Dysgu", 12, true, List.of());
    private static final RouteBucket RESEARCH = new RouteBucket(
            2, 2, "Research", "Ymchwil", 25, false, List.of(PracticeKind.ONE_TO_ONE, PracticeKind.RESEARCH_ACTION));
    private static final RouteBucket ACTION =
            new RouteBucket(3, 3, "Action", "Gweithredu", 50, false, List.of(PracticeKind.PUBLIC_ACTION));

    private static AttendedSession session(String start, int hours, AttendanceStatus status) {
        var starts = Instant.parse(start);
        return new AttendedSession(7, starts, starts.plusSeconds(hours * 3600L), "Cohort", "Course", "Cwrs", status);
    }

    @Test
    void sessionsFillTheTrainingBucketForTheirWholeLengthAndLateArrivalsCountInFull() {
        var counted = PortfolioHours.count(
                List.of(LEARNING, RESEARCH, ACTION),
                List.of(
                        session("2026-03-01T09:30:00Z", 7, AttendanceStatus.PRESENT),
                        session("2026-03-02T09:30:00Z", 7, AttendanceStatus.LATE)),
                List.of());

        assertThat(counted.minutesByBucket())
                .containsEntry(1L, 14 * 60L)
                .containsEntry(2L, 0L)
                .containsEntry(3L, 0L);
        assertThat(counted.items()).hasSize(2).allMatch(item -> item.bucketId() == 1L);
    }

    @Test
    void practiceFillsTheBucketThatNamesItsKindAndKindsNoBucketNamesAreLeftOut() {
        var counted = PortfolioHours.count(
                List.of(LEARNING, RESEARCH, ACTION),
                List.of(),
                List.of(
                        new TimedPractice(1, PracticeKind.ONE_TO_ONE, LocalDate.parse("2026-03-05"), 45),
                        new TimedPractice(2, PracticeKind.RESEARCH_ACTION, LocalDate.parse("2026-03-04"), 180),
                        new TimedPractice(3, PracticeKind.PUBLIC_ACTION, LocalDate.parse("2026-03-06"), 120),
                        new TimedPractice(4, PracticeKind.MENTORING, LocalDate.parse("2026-03-06"), 60)));

        assertThat(counted.minutesByBucket())
                .containsEntry(1L, 0L)
                .containsEntry(2L, 225L)
                .containsEntry(3L, 120L);
        assertThat(counted.items())
                .extracting(EvidenceItem::on)
                .as("oldest first, mentoring left out")
                .containsExactly(
                        LocalDate.parse("2026-03-04"), LocalDate.parse("2026-03-05"), LocalDate.parse("2026-03-06"));
    }

    @Test
    void aRouteWithoutATrainingBucketCountsNoSessions() {
        var counted = PortfolioHours.count(
                List.of(RESEARCH), List.of(session("2026-03-01T09:30:00Z", 7, AttendanceStatus.PRESENT)), List.of());

        assertThat(counted.items()).isEmpty();
        assertThat(counted.minutesByBucket()).containsExactly(java.util.Map.entry(2L, 0L));
    }

    @Test
    void hoursReadAsASpreadsheetReadsThem() {
        assertThat(EvidencePack.hours(90)).isEqualTo("1.5");
        assertThat(EvidencePack.hours(120)).isEqualTo("2");
        assertThat(EvidencePack.hours(45)).isEqualTo("0.75");
        assertThat(EvidencePack.hours(0)).isEqualTo("0");
    }
}
