package org.communityorganising.pathways.progression.practice;

import java.time.LocalDate;
import org.communityorganising.pathways.base.Rows;
import org.springframework.jdbc.core.RowMapper;

/** A confirmed piece of practice with its length, as an hours portfolio counts it: never its note. */
public record TimedPractice(long entryId, PracticeKind kind, LocalDate occurredOn, int minutes) {

    static final RowMapper<TimedPractice> ROW = Rows.byName(TimedPractice.class);
}
