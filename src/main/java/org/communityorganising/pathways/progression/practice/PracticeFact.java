package org.communityorganising.pathways.progression.practice;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;

/** One practice entry as the tier rules see it: never its note. */
public record PracticeFact(
        PracticeKind kind,
        LocalDate occurredOn,
        PracticeStatus status,
        @Nullable PracticeRole role,
        int turnoutDelivered) {

    /** By name, by hand: a chapter's dashboard reads tens of thousands of these in one call. */
    static final RowMapper<PracticeFact> ROW = (rs, row) -> {
        String role = rs.getString("role");
        return new PracticeFact(
                PracticeKind.valueOf(rs.getString("kind")),
                rs.getObject("occurred_on", LocalDate.class),
                PracticeStatus.valueOf(rs.getString("status")),
                role == null ? null : PracticeRole.valueOf(role),
                rs.getInt("turnout_delivered"));
    };

    static final String OF_PERSON = """
            select kind, occurred_on, status, role, coalesce(turnout_delivered, 0) as turnout_delivered
            from practice_entry where person_id = :person""";
}
