package org.communityorganising.pathways.progression.tiers;

import org.communityorganising.pathways.progression.practice.PracticeEvents;
import org.communityorganising.pathways.progression.practice.PracticeStatus;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What moves one leader's standing at once, in the same transaction: practice confirmed (which
 * may keep the tier again) and a tier reached (whose rule now applies).
 */
@Component
class StandingTriggers {

    private final TierStandings standings;

    StandingTriggers(TierStandings standings) {
        this.standings = standings;
    }

    @EventListener
    void on(PracticeEvents.PracticeReviewed reviewed) {
        if (reviewed.outcome() == PracticeStatus.CONFIRMED) {
            standings.refresh(reviewed.personId());
        }
    }

    @EventListener
    void on(TierEvents.TierChanged changed) {
        standings.refresh(changed.personId());
    }

    @EventListener
    void on(TierEvents.TierRecognised recognised) {
        standings.refresh(recognised.personId());
    }
}
