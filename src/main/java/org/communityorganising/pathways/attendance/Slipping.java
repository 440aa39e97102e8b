package org.communityorganising.pathways.attendance;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who is slipping: a rate below the course minimum, or a run of absences at the latest held
 * sessions (apologies neither break nor extend the run). Thresholds come from the course.
 */
public record Slipping(boolean belowMinimum, int absencesInARow, boolean tooManyAbsences) {

    public boolean slipping() {
        return belowMinimum || tooManyAbsences;
    }

    /**
     * @param newestFirst the marks of the held sessions, newest first; null for a session not marked
     */
    public static Slipping of(
            AttendanceRate rate,
            List<@Nullable AttendanceStatus> newestFirst,
            int minimumPercent,
            int absencesThreshold) {
        int run = 0;
        for (AttendanceStatus mark : newestFirst) {
            if (mark == AttendanceStatus.APOLOGIES) {
                continue;
            }
            if (mark != AttendanceStatus.ABSENT) {
                break;
            }
            run++;
        }
        boolean below = rate.percent().isPresent() && rate.percent().getAsInt() < minimumPercent;
        return new Slipping(below, run, run >= absencesThreshold);
    }
}
