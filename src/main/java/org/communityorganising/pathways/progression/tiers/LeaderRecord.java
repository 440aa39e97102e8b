package org.communityorganising.pathways.progression.tiers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.communityorganising.pathways.progression.mentoring.MenteeFact;
import org.communityorganising.pathways.progression.practice.PracticeFact;
import org.jspecify.annotations.Nullable;

/**
 * What the tier rules look at: a person's tier, their courses, their practice and whom they mentor. Assembled by
 * {@link LeaderAssessments} from the owners' APIs; a plain value, so the rules can be tested alone.
 *
 * @param tierSince the day the current tier was reached; null at the entry tier
 * @param namedRoles the days of named roles recorded by organisers at actions held with people there
 */
public record LeaderRecord(
        int tierRank,
        @Nullable LocalDate tierSince,
        List<CourseResult> courses,
        List<PracticeFact> practice,
        List<MenteeFact> mentees,
        List<LocalDate> namedRoles) {

    public LeaderRecord {
        courses = List.copyOf(courses);
        practice = List.copyOf(practice);
        mentees = List.copyOf(mentees);
        namedRoles = List.copyOf(namedRoles);
    }

    /** One enrolment in a cohort of a course, with the attendance counted by the attendance rule. */
    public record CourseResult(
            long courseId,
            String cohortName,
            Enrolled status,
            LocalDate endsOn,
            BigDecimal hours,
            int minimumPercent,
            int attended,
            int counted) {

        /** The rate in whole percent, rounded down; null while no session counts yet. */
        public @Nullable Integer percent() {
            return counted == 0 ? null : attended * 100 / counted;
        }

        public boolean meetsMinimum() {
            Integer percent = percent();
            return minimumPercent == 0 || (percent != null && percent >= minimumPercent);
        }

        /** Completed, and with the attendance the course asks: what counts toward a tier. */
        public boolean passed() {
            return status == Enrolled.COMPLETED && meetsMinimum();
        }
    }

    public enum Enrolled {
        ENROLLED,
        COMPLETED,
        WITHDRAWN
    }
}
