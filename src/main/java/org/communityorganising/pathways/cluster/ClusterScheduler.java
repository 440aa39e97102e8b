package org.communityorganising.pathways.cluster;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.communityorganising.pathways.base.ClusterJob;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * One db-scheduler for every {@link ClusterJob} of the application: each job is a recurring task
 * in scheduled_tasks, and only the node that picks a due run (row lock and version check) runs it.
 */
@Component
class ClusterScheduler implements SmartLifecycle {

    private final List<ClusterJob> jobs;
    private final DataSource dataSource;
    private @Nullable Scheduler scheduler;

    ClusterScheduler(List<ClusterJob> jobs, DataSource dataSource) {
        this.jobs = jobs;
        this.dataSource = dataSource;
    }

    @Override
    public void start() {
        List<RecurringTask<Void>> tasks = jobs.stream()
                .map(job -> Tasks.recurring(job.name(), job.schedule())
                        .execute((instance, context) -> job.run(context.getExecution().executionTime)))
                .toList();
        scheduler = Scheduler.create(dataSource)
                .startTasks(tasks)
                .threads(1)
                .pollingInterval(Duration.ofSeconds(30))
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
