package org.communityorganising.pathways.attendance;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One person on a register and their current mark. {@code version} is what a change must name to
 * be saved; {@link #UNMARKED} when there is no mark yet.
 */
public record RegisterRow(
        long personId,
        String fullName,
        @Nullable String institutionName,
        boolean walkIn,
        @Nullable AttendanceStatus status,
        @Nullable String remark,
        long version,
        @Nullable String markedBy,
        @Nullable Instant markedAt) {

    public static final long UNMARKED = -1;

    public boolean marked() {
        return status != null;
    }
}
