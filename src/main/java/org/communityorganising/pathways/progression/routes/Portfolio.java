package org.communityorganising.pathways.progression.routes;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A leader's portfolio on a route, as one reader may see it: the buckets with their hours and
 * sign-offs, the evidence behind them, and the dates that bound it.
 *
 * @param mayChange whether the reader may sign buckets off (a trainer, lead or administrator of the
 *     person's chapter, never the person)
 * @param own whether the reader is the person
 */
public record Portfolio(
        long id,
        long personId,
        String personName,
        String language,
        AccreditedRoute route,
        LocalDate joinedOn,
        PortfolioStatus status,
        @Nullable LocalDate leftOn,
        long version,
        List<BucketProgress> buckets,
        List<EvidenceItem> items,
        boolean mayChange,
        boolean own) {

    public Portfolio {
        buckets = List.copyOf(buckets);
        items = List.copyOf(items);
    }

    public LocalDate deadline() {
        return route.deadline(joinedOn);
    }

    public LocalDate assessableFrom() {
        return route.assessableFrom(joinedOn);
    }

    /** Days until the deadline (zero on the day, negative after it). */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline());
    }

    /** Every bucket signed off, and the minimum duration passed: ready for the assessor. */
    public boolean readyForAssessment(LocalDate today) {
        return buckets.stream().allMatch(BucketProgress::signedOff) && !today.isBefore(assessableFrom());
    }

    public @Nullable BucketProgress bucket(long bucketId) {
        return buckets.stream()
                .filter(b -> b.bucket().id() == bucketId)
                .findFirst()
                .orElse(null);
    }
}
