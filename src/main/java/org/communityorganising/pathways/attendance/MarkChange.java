package org.communityorganising.pathways.attendance;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One change of a mark, as the history shows it. */
public record MarkChange(
        Instant changedAt,
        @Nullable String changedBy,
        @Nullable AttendanceStatus from,
        AttendanceStatus to,
        @Nullable String remark,
        Instant sessionStartsAt,
        String cohortName) {}
