package org.communityorganising.pathways.course;

/**
 * Published when a cohort is set to completed, inside the same transaction: the attendance
 * feature completes the enrolments whose attendance meets the course minimum.
 */
public record CohortCompleted(long cohortId) {}
