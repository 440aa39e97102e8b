package org.communityorganising.pathways.progression.practice;

import java.time.Instant;
import java.time.LocalDate;
import org.communityorganising.pathways.base.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;

/**
 * A practice entry as its author sees it, with their private note. Only {@code PracticeService.mine}
 * returns this type; reviewers get {@link PracticeReviewItem}, which has no note at all.
 */
public record PracticeEntryItem(
        long id,
        PracticeKind kind,
        LocalDate occurredOn,
        @Nullable Long counterpartInstitutionId,
        @Nullable String counterpartInstitution,
        @Nullable PracticeRole role,
        @Nullable Integer turnoutPledged,
        @Nullable Integer turnoutDelivered,
        @Nullable String privateNote,
        @Nullable Integer durationMinutes,
        PracticeStatus status,
        @Nullable String reviewComment,
        @Nullable String reviewedBy,
        @Nullable Instant reviewedAt,
        long version) {

    static final RowMapper<PracticeEntryItem> ROW = Rows.byName(PracticeEntryItem.class);

    /** The person's own entries, with their notes: the one query that selects private_note for display. */
    static final String OWN_NEWEST_FIRST = """
            select e.id, e.kind, e.occurred_on, e.counterpart_institution_id, i.name as counterpart_institution,
                   e.role, e.turnout_pledged, e.turnout_delivered, e.private_note, e.duration_minutes, e.status, e.review_comment,
                   r.full_name as reviewed_by, e.reviewed_at, e.version
            from practice_entry e
            left join v_institution i on i.id = e.counterpart_institution_id
            left join v_person r on r.id = e.reviewed_by
            where e.person_id = :me
            order by e.occurred_on desc, e.id desc
            limit :limit""";

    public PracticeForm form() {
        return new PracticeForm(
                kind,
                occurredOn,
                counterpartInstitutionId,
                role,
                turnoutPledged,
                turnoutDelivered,
                privateNote,
                durationMinutes,
                version);
    }
}
