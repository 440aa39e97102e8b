package org.communityorganising.pathways.privacy;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.RetentionRule;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies every module's {@link RetentionRule} at 03:00 London time (or on {@code
 * pathways.retention.cron}, a six-field cron in London time), once per cluster: db-scheduler keeps
 * the job in the scheduled_tasks table and only the node that picks it runs it. The rules run in
 * one transaction, as of the app's Clock.
 */
@Component
class RetentionJob implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final List<RetentionRule> rules;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DataSource dataSource;
    private final String cron;
    private @Nullable Scheduler scheduler;

    RetentionJob(
            List<RetentionRule> rules,
            TransactionTemplate transaction,
            Clock clock,
            DataSource dataSource,
            @Value("${pathways.retention.cron:0 0 3 * * *}") String cron) {
        this.rules = rules;
        this.transaction = transaction;
        this.clock = clock;
        this.dataSource = dataSource;
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
    public void start() {
        RecurringTask<Void> daily = Tasks.recurring("retention", Schedules.cron(cron, LondonTime.ZONE))
                .execute((instance, context) -> {
                    runNow();
                    // Which run this was: on several nodes, each due time must appear in one log only.
                    log.info("Retention run due at {} done on this node", context.getExecution().executionTime);
                });
        scheduler = Scheduler.create(dataSource)
                .startTasks(daily)
                .threads(1)
                .pollingInterval(Duration.ofMinutes(1))
                .build();
        scheduler.start();
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.stop();
            scheduler = null;
        }
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
