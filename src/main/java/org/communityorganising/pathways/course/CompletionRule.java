package org.communityorganising.pathways.course;

import java.util.Set;

/**
 * Who completed a cohort when it ends. Course owns enrolments and writes their completion; the
 * rule (attendance against the course minimum) belongs to the attendance module, which provides
 * this interface — so course never depends on attendance, and attendance never writes enrolments.
 */
public interface CompletionRule {

    /** The people of the cohort who met its completion rule. */
    Set<Long> completedBy(long cohortId);
}
