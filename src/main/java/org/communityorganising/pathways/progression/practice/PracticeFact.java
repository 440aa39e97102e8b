package org.communityorganising.pathways.progression.practice;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One practice entry as the tier rules see it: never its note. */
public record PracticeFact(
        PracticeKind kind,
        LocalDate on,
        PracticeStatus status,
        @Nullable PracticeRole role,
        int turnoutDelivered) {}
