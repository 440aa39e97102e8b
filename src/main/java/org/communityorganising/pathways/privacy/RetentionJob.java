package org.communityorganising.pathways.privacy;

import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.communityorganising.pathways.base.ClusterJob;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.RetentionRule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies every module's {@link RetentionRule} at 03:00 London time (or on {@code
 * pathways.retention.cron}, a six-field cron in London time), once per cluster (a {@link
 * ClusterJob}: the node that picks the due run in scheduled_tasks runs it). The rules run in
 * one transaction, as of the app's Clock.
 */
@Component
class RetentionJob implements ClusterJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final List<RetentionRule> rules;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String cron;

    RetentionJob(
            List<RetentionRule> rules,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${pathways.retention.cron:0 0 3 * * *}") String cron) {
        this.rules = rules;
        this.transaction = transaction;
        this.clock = clock;
        this.cron = cron;
    }

    /** Runs the rules now; the scheduled job calls this, and so may a test. */
    int runNow() {
        Integer changed = transaction.execute(status ->
                rules.stream().mapToInt(rule -> rule.apply(clock.instant())).sum());
        log.info("Retention applied: {} rows removed or blanked", changed);
        return changed == null ? 0 : changed;
    }

    @Override
    public String name() {
        return "retention";
    }

    @Override
    public Schedule schedule() {
        return Schedules.cron(cron, LondonTime.ZONE);
    }

    @Override
    public void run(Instant due) {
        runNow();
        // Which run this was: on several nodes, each due time must appear in one log only.
        log.info("Retention run due at {} done on this node", due);
    }
}
