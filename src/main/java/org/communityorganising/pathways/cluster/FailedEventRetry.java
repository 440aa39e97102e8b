package org.communityorganising.pathways.cluster;

import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.time.Instant;
import org.communityorganising.pathways.base.ClusterJob;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.stereotype.Component;

/**
 * Sends again what an after-commit listener could not do (a mail server down): every minute, once
 * per cluster, the event publications that failed — or went stale because the node running them
 * stopped (spring.modulith.events.staleness) — are resubmitted. A node starting up no longer
 * republishes everything incomplete, which sent mail twice that another node was still sending.
 */
@Component
class FailedEventRetry implements ClusterJob {

    static final Duration EVERY = Duration.ofMinutes(1);

    private final FailedEventPublications failed;

    FailedEventRetry(FailedEventPublications failed) {
        this.failed = failed;
    }

    @Override
    public String name() {
        return "failed-event-retry";
    }

    @Override
    public Schedule schedule() {
        return Schedules.fixedDelay(EVERY);
    }

    @Override
    public void run(Instant due) {
        failed.resubmit(ResubmissionOptions.defaults().withMinAge(EVERY));
    }
}
