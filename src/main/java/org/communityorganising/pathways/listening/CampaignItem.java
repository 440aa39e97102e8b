package org.communityorganising.pathways.listening;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A campaign as lists show it, with its totals so far.
 *
 * @param people people listened to, conversations and house meetings together
 * @param leaders leaders who logged at least once
 */
public record CampaignItem(
        long id,
        long chapterId,
        String name,
        LocalDate startsOn,
        LocalDate endsOn,
        @Nullable Integer targetPerLeader,
        @Nullable Integer targetPerInstitution,
        int people,
        int leaders,
        long version) {

    /** Open for logging on this day. */
    public boolean runningOn(LocalDate day) {
        return !day.isBefore(startsOn) && !day.isAfter(endsOn);
    }
}
