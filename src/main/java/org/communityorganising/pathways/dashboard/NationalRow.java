package org.communityorganising.pathways.dashboard;

import org.jspecify.annotations.Nullable;

/** One chapter in the national view, side by side with the others. */
public record NationalRow(
        long chapterId,
        String name,
        int people,
        int leaders,
        int coreTeam,
        int movedUp,
        int requestsWaiting,
        int oldestWaitingDays,
        int practiceWaiting,
        int oneToOnes,
        @Nullable Integer attendancePercent) {

    /** A chapter needs attention when a request or a practice entry has waited more than a week. */
    public boolean needsAttention(int practiceWaitingDays) {
        return oldestWaitingDays > practiceWaitingDays || practiceWaiting > 0;
    }
}
