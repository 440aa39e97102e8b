package org.communityorganising.pathways.progression.tiers;

import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Instant;
import org.communityorganising.pathways.base.ClusterJob;
import org.communityorganising.pathways.base.LondonTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Works out every leader's standing once a day, at 04:30 London time (or on {@code
 * pathways.standing.cron}), once per cluster; and when the app starts, so that a standing that
 * fell due while it was stopped is recorded before anyone looks.
 */
@Component
class StandingJob implements ClusterJob {

    private static final Logger log = LoggerFactory.getLogger(StandingJob.class);

    private final TierStandings standings;
    private final String cron;

    StandingJob(TierStandings standings, @Value("${pathways.standing.cron:0 30 4 * * *}") String cron) {
        this.standings = standings;
        this.cron = cron;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        run(Instant.EPOCH);
    }

    @Override
    public String name() {
        return "tier-standing";
    }

    @Override
    public Schedule schedule() {
        return Schedules.cron(cron, LondonTime.ZONE);
    }

    @Override
    public void run(Instant due) {
        int moved = standings.refreshAll();
        log.info("Tier standings worked out: {} moved", moved);
    }
}
