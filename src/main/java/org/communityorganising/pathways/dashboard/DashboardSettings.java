package org.communityorganising.pathways.dashboard;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The dashboard's thresholds, stated on its page (pathways.dashboard.*).
 *
 * @param practiceWaitingDays practice waiting longer than this for a trainer needs attention
 * @param coreTeamRank the tier rank from which a leader is in an institution's core team
 * @param strongCoreTeam an institution with at least this core team …
 * @param strongOneToOnes … and at least this many one-to-ones confirmed in the activity window is strong
 * @param activityDays the window of "recent" activity: one-to-ones, quiet institutions
 * @param freshFor a dashboard computed this recently is served as it is; an older one is served
 *     and recomputed in the background, and the page updates itself
 * @param keptFor a dashboard older than this is not shown: it is recomputed while the reader waits
 */
@ConfigurationProperties("pathways.dashboard")
public record DashboardSettings(
        int practiceWaitingDays,
        int coreTeamRank,
        int strongCoreTeam,
        int strongOneToOnes,
        int activityDays,
        Duration freshFor,
        Duration keptFor) {

    public DashboardSettings {
        practiceWaitingDays = practiceWaitingDays > 0 ? practiceWaitingDays : 7;
        coreTeamRank = coreTeamRank > 0 ? coreTeamRank : 2;
        strongCoreTeam = strongCoreTeam > 0 ? strongCoreTeam : 3;
        strongOneToOnes = strongOneToOnes > 0 ? strongOneToOnes : 10;
        activityDays = activityDays > 0 ? activityDays : 90;
        // Absent properties arrive as null: the defaults below.
        freshFor = freshFor != null && freshFor.isPositive() ? freshFor : Duration.ofMinutes(1);
        if (keptFor == null || keptFor.compareTo(freshFor) <= 0) {
            var twelveHours = Duration.ofHours(12);
            keptFor = twelveHours.compareTo(freshFor) > 0 ? twelveHours : freshFor.multipliedBy(2);
        }
    }
}
