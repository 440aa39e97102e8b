package org.communityorganising.pathways.base;

import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import java.time.Instant;

/**
 * A job that runs on a schedule once per cluster, however many nodes run: a module provides one
 * as a bean, and the cluster module's scheduler (db-scheduler over the scheduled_tasks table) runs
 * it on the node that picks it.
 */
public interface ClusterJob {

    /** Unique among the jobs: the task's name in scheduled_tasks. */
    String name();

    Schedule schedule();

    /** @param due the moment this run was due (the same on every node) */
    void run(Instant due);
}
