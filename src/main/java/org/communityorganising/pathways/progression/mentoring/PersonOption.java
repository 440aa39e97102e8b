package org.communityorganising.pathways.progression.mentoring;

import org.communityorganising.pathways.base.Rows;
import org.springframework.jdbc.core.RowMapper;

/** A person to choose in the pairing dialog, with the number of open pairs they mentor. */
public record PersonOption(long id, String fullName, int mentees) {

    static final RowMapper<PersonOption> ROW = Rows.byName(PersonOption.class);
}
