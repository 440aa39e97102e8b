package org.communityorganising.pathways.attendance;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.communityorganising.pathways.course.CohortDetails;
import org.jspecify.annotations.Nullable;

/** A cohort's attendance: people × sessions, each person's rate and whether they are slipping. */
public record CohortReport(
        CohortDetails cohort, int minimumPercent, int slippingAbsences, List<Session> sessions, List<Row> rows) {

    /** A column: one session of the cohort. */
    public record Session(long id, Instant startsAt, Instant endsAt, boolean cancelled, boolean held) {}

    /** A line: one person, their mark per session id, their rate and slipping flags. */
    public record Row(
            long personId,
            String fullName,
            String email,
            @Nullable String institutionName,
            Map<Long, AttendanceStatus> marks,
            AttendanceRate rate,
            Slipping slipping) {}

    public long slippingCount() {
        return rows.stream().filter(row -> row.slipping().slipping()).count();
    }
}
