package org.communityorganising.pathways.course;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One session of a cohort, as its list shows it. */
public record SessionListItem(
        long id,
        Instant startsAt,
        Instant endsAt,
        @Nullable String venue,
        @Nullable String onlineLink,
        boolean cancelled,
        @Nullable String cancelReason,
        long version) {}
