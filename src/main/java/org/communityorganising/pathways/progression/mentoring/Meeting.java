package org.communityorganising.pathways.progression.mentoring;

import java.time.LocalDate;
import org.communityorganising.pathways.base.Rows;
import org.springframework.jdbc.core.RowMapper;

/**
 * A meeting of a pair, as one of the two sees it.
 *
 * @param loggedByMe the reader logged it, so the other confirms it
 */
public record Meeting(long id, long pairId, LocalDate metOn, int minutes, boolean loggedByMe, boolean confirmed) {

    static final RowMapper<Meeting> ROW = Rows.byName(Meeting.class);
}
