package org.communityorganising.pathways.attendance;

import java.util.List;
import org.communityorganising.pathways.course.CohortCompleted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When a cohort ends, the enrolments whose attendance meets the course minimum become completed —
 * by the same rule the screens show. Runs in the transaction that completed the cohort.
 */
@Component
class EnrolmentCompletion {

    private static final Logger log = LoggerFactory.getLogger(EnrolmentCompletion.class);

    private final AttendanceReportService reports;
    private final JdbcClient jdbc;

    EnrolmentCompletion(AttendanceReportService reports, JdbcClient jdbc) {
        this.reports = reports;
        this.jdbc = jdbc;
    }

    @EventListener
    void on(CohortCompleted event) {
        var report = reports.cohortReport(event.cohortId());
        List<Long> completed = report.rows().stream()
                .filter(row -> row.rate().meets(report.minimumPercent()))
                .map(CohortReport.Row::personId)
                .toList();
        if (!completed.isEmpty()) {
            jdbc.sql("update enrolment set status = 'COMPLETED', version = version + 1 where cohort_id = :cohort and status = 'ENROLLED' and person_id in (:people)")
                    .param("cohort", event.cohortId())
                    .param("people", completed)
                    .update();
        }
        log.info("Cohort {} completed: {} of {} enrolments met the minimum attendance", event.cohortId(), completed.size(), report.rows().size());
    }
}
