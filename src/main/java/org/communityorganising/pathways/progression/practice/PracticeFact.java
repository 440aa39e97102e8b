package org.communityorganising.pathways.progression.practice;

import java.time.LocalDate;
import org.communityorganising.pathways.base.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;

/** One practice entry as the tier rules see it: never its note. */
public record PracticeFact(
        PracticeKind kind,
        LocalDate occurredOn,
        PracticeStatus status,
        @Nullable PracticeRole role,
        int turnoutDelivered) {

    static final RowMapper<PracticeFact> ROW = Rows.byName(PracticeFact.class);

    static final String OF_PERSON = """
            select kind, occurred_on, status, role, coalesce(turnout_delivered, 0) as turnout_delivered
            from practice_entry where person_id = :person""";
}
