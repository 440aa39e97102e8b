package org.communityorganising.pathways.progression.practice;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

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
        PracticeStatus status,
        @Nullable String reviewComment,
        @Nullable String reviewedBy,
        @Nullable Instant reviewedAt,
        long version) {

    public PracticeForm form() {
        return new PracticeForm(
                kind,
                occurredOn,
                counterpartInstitutionId,
                role,
                turnoutPledged,
                turnoutDelivered,
                privateNote,
                version);
    }
}
