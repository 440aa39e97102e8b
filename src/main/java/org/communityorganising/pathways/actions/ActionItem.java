package org.communityorganising.pathways.actions;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An action as lists show it, with its ledger's totals.
 *
 * @param pledged what the institutions pledged
 * @param delivered who came: checked in and walk-ins
 * @param walkIns of those, the walk-ins counted at the door
 */
public record ActionItem(
        long id,
        long chapterId,
        ActionKind kind,
        String title,
        String purpose,
        String place,
        Instant startsAt,
        Instant endsAt,
        @Nullable Long campaignId,
        @Nullable Integer quorumPercent,
        int pledged,
        int delivered,
        int walkIns,
        long version) {}
