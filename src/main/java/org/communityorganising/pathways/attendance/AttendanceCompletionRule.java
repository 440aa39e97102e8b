package org.communityorganising.pathways.attendance;

import java.util.Set;
import java.util.stream.Collectors;
import org.communityorganising.pathways.course.CompletionRule;
import org.springframework.stereotype.Component;

/**
 * A cohort is completed by those whose attendance meets the course minimum — by the same rule the
 * screens show. Course asks; it writes the enrolments itself.
 */
@Component
class AttendanceCompletionRule implements CompletionRule {

    private final AttendanceReportService reports;

    AttendanceCompletionRule(AttendanceReportService reports) {
        this.reports = reports;
    }

    @Override
    public Set<Long> completedBy(long cohortId) {
        var report = reports.cohortReport(cohortId);
        return report.rows().stream()
                .filter(row -> row.rate().meets(report.minimumPercent()))
                .map(CohortReport.Row::personId)
                .collect(Collectors.toSet());
    }
}
