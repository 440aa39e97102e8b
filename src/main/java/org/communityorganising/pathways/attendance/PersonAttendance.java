package org.communityorganising.pathways.attendance;

import java.util.List;

/** One person's attendance across all their courses, and the history of their marks (newest first). */
public record PersonAttendance(
        long personId, String fullName, List<CohortAttendance> cohorts, List<MarkChange> changes) {}
