package org.communityorganising.pathways.progression.tiers;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A leader's standing in their tier.
 *
 * @param keptUntil the last day the tier is kept without more practice; null for a tier kept
 *     whatever happens (no keep-up rule), or lapsed with no practice at all to count from
 * @param needed how many more confirmed entries would make the standing active again today; 0
 *     when active
 */
public record Standing(StandingState state, @Nullable LocalDate keptUntil, int needed) {

    public static final Standing KEPT = new Standing(StandingState.ACTIVE, null, 0);

    public boolean active() {
        return state == StandingState.ACTIVE;
    }
}
