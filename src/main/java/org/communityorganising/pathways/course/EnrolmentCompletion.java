package org.communityorganising.pathways.course;

import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a cohort ends, the enrolments of the people who met the completion rule become completed.
 * Runs in the transaction that completed the cohort, so both happen or neither.
 */
@Component
class EnrolmentCompletion {

    private static final Logger log = LoggerFactory.getLogger(EnrolmentCompletion.class);

    private final ObjectProvider<CompletionRule> rule;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    EnrolmentCompletion(ObjectProvider<CompletionRule> rule, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.rule = rule;
        this.jdbc = jdbc;
        this.events = events;
    }

    @EventListener
    void on(CohortCompleted event) {
        Set<Long> completed = rule.getIfAvailable(() -> cohort -> Set.of()).completedBy(event.cohortId());
        int written = completed.isEmpty()
                ? 0
                : jdbc.sql("""
                        update enrolment set status = 'COMPLETED', version = version + 1
                        where cohort_id = :cohort and status = 'ENROLLED' and person_id in (:people)""")
                        .param("cohort", event.cohortId())
                        .param("people", completed)
                        .update();
        log.info("Cohort {} completed: {} enrolments completed", event.cohortId(), written);
        if (written > 0) {
            events.publishEvent(new CourseEvents.EnrolmentsCompleted(event.cohortId(), Set.copyOf(completed)));
        }
    }
}
