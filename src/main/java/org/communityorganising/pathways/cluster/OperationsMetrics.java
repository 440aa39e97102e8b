package org.communityorganising.pathways.cluster;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What an operator watches beside the JVM and the pool (docs/operating.md): events not yet handled
 * (a mail not sent, a listener failing) and how old the oldest is, and when the retention job last
 * ran. Read from the database at each scrape, so every node reports the cluster's one truth.
 */
@Component
class OperationsMetrics {

    private final JdbcClient jdbc;

    OperationsMetrics(JdbcClient jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        Gauge.builder("pathways.events.incomplete", this, OperationsMetrics::incomplete)
                .description("Event publications not yet completed (mail to send, listeners to run)")
                .register(meters);
        Gauge.builder("pathways.events.oldest.incomplete", this, OperationsMetrics::oldestIncompleteAge)
                .description("Age of the oldest event publication not yet completed (0 when none)")
                .baseUnit("seconds")
                .register(meters);
        Gauge.builder("pathways.retention.last.success", this, metrics -> metrics.lastSuccess("retention"))
                .description("When the retention job last succeeded, as seconds since the epoch (0 when never)")
                .baseUnit("seconds")
                .register(meters);
    }

    private double incomplete() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null")
                .query(Long.class)
                .single();
    }

    private double oldestIncompleteAge() {
        return jdbc.sql("""
                        select coalesce(extract(epoch from now() - min(publication_date)), 0)
                        from event_publication where completion_date is null""").query(Double.class).single();
    }

    private double lastSuccess(String task) {
        return jdbc.sql("""
                        select coalesce(max(extract(epoch from last_success)), 0)
                        from scheduled_tasks where task_name = :task""").param("task", task).query(Double.class).single();
    }
}
