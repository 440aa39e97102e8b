package org.communityorganising.pathways.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;
import org.jspecify.annotations.Nullable;

/**
 * Everything the chapter dashboard shows, as counts, computed at {@code asOf}; each list behind a
 * count has its own call and is read live.
 */
public record ChapterDashboard(
        long chapterId,
        String chapterName,
        List<TierCount> tiers,
        int movedUp,
        Waiting waiting,
        Attention attention,
        List<InstitutionHealth> institutions,
        List<CohortPlaces> comingCohorts,
        List<CohortOutcome> finishedCohorts,
        List<Month> months,
        DashboardSettings settings,
        Instant asOf) {

    public record TierCount(int rank, String nameEn, String nameCy, int people) {
        public String name(Locale locale) {
            return Bilingual.pick(locale, nameEn, nameCy);
        }
    }

    /** Promotion requests waiting, by age, and those waiting for a second approver. */
    public record Waiting(int underAWeek, int oneToFourWeeks, int overFourWeeks, int oldestDays, int secondApprover) {
        public int total() {
            return underAWeek + oneToFourWeeks + overFourWeeks;
        }
    }

    /** How many leaders need attention, by reason; each opens its list. */
    public record Attention(int lapsing, int slipping, int ready, int practiceWaiting, int mentoringOverdue) {}

    /**
     * @param attendancePercent of its people's held sessions in the last 12 months; null when none
     * @param lastActivity the latest confirmed practice or attended session; null when none
     */
    public record InstitutionHealth(
            long id,
            String name,
            String kind,
            int people,
            List<Integer> byTier,
            int leaders,
            int coreTeam,
            int oneToOnes,
            @Nullable Integer attendancePercent,
            @Nullable LocalDate lastActivity,
            InstitutionStatus status) {}

    public record CohortPlaces(long id, String name, LocalDate startsOn, int capacity, int enrolled) {
        public int placesLeft() {
            return Math.max(0, capacity - enrolled);
        }
    }

    /** @param attendancePercent null when no session counted */
    public record CohortOutcome(
            long id,
            String name,
            LocalDate endsOn,
            int enrolled,
            int completed,
            @Nullable Integer attendancePercent) {}

    /** @param attendancePercent null when no session was held that month */
    public record Month(
            YearMonth month, int oneToOnes, @Nullable Integer attendancePercent) {}
}
