package org.communityorganising.pathways.progression.practice;

import java.time.Instant;
import java.time.LocalDate;
import org.communityorganising.pathways.base.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;

/** A practice entry waiting for review, as a trainer or lead sees it: never the author's private note. */
public record PracticeReviewItem(
        long id,
        long personId,
        String personName,
        PracticeKind kind,
        LocalDate occurredOn,
        @Nullable String counterpartInstitution,
        @Nullable PracticeRole role,
        @Nullable Integer turnoutPledged,
        @Nullable Integer turnoutDelivered,
        @Nullable Integer durationMinutes,
        Instant loggedAt,
        long version) {

    static final RowMapper<PracticeReviewItem> ROW = Rows.byName(PracticeReviewItem.class);

    /** Entries waiting for the reviewer: of their chapter (administrators: all), never their own. */
    static final String WAITING_FOR = """
            select e.id, e.person_id, p.full_name as person_name, e.kind, e.occurred_on,
                   i.name as counterpart_institution, e.role, e.turnout_pledged, e.turnout_delivered,
                   e.duration_minutes, e.created_at as logged_at, e.version
            from practice_entry e
            join v_person p on p.id = e.person_id
            left join v_institution i on i.id = e.counterpart_institution_id
            where e.status = 'SUBMITTED' and e.person_id <> :me
              and (:admin or p.chapter_id = :chapter)
            order by e.created_at, e.id
            limit :limit offset :offset""";
}
