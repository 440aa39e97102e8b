package org.communityorganising.pathways.progression.practice;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

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
        Instant loggedAt,
        long version) {}
