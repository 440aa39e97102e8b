package org.communityorganising.pathways.progression.mentoring;

import java.time.LocalDate;
import org.communityorganising.pathways.base.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;

/**
 * A mentoring pair as lists show it: who, since when, how it ended, and its meetings as counts.
 *
 * @param confirmed meetings confirmed since the pair started
 * @param waiting meetings logged and not yet confirmed by the other
 * @param lastConfirmed the latest confirmed meeting's day; null when none
 * @param overdue open, and no confirmed meeting for longer than the expectation allows
 */
public record PairItem(
        long id,
        long mentorId,
        String mentorName,
        long menteeId,
        String menteeName,
        LocalDate startedOn,
        @Nullable LocalDate endedOn,
        @Nullable PairOutcome outcome,
        int confirmed,
        int waiting,
        @Nullable LocalDate lastConfirmed,
        boolean overdue,
        long version) {

    static final RowMapper<PairItem> ROW = Rows.byName(PairItem.class);

    /** The pairs with their counts; callers add the {@code where} and the order. */
    static final String SELECT = """
            select pr.id, pr.mentor_id, m.full_name as mentor_name, pr.mentee_id, e.full_name as mentee_name,
                   pr.started_on, pr.ended_on, pr.outcome,
                   coalesce(k.confirmed, 0) as confirmed, coalesce(k.waiting, 0) as waiting, k.last_confirmed,
                   pr.ended_on is null and coalesce(k.last_confirmed, pr.started_on) < :overdueBefore as overdue,
                   pr.version
            from mentoring_pair pr
            join v_person m on m.id = pr.mentor_id
            join v_person e on e.id = pr.mentee_id
            left join lateral (
                select count(*) filter (where mm.confirmed_at is not null) as confirmed,
                       count(*) filter (where mm.confirmed_at is null) as waiting,
                       max(mm.met_on) filter (where mm.confirmed_at is not null) as last_confirmed
                from mentoring_meeting mm where mm.pair_id = pr.id) k on true
            """;

    public boolean open() {
        return endedOn == null;
    }
}
