package org.communityorganising.pathways.course;

/**
 * Published by course when a cohort is set to completed, and heard inside the same transaction by
 * course's own {@code EnrolmentCompletion}: it asks the {@link CompletionRule} (attendance's: the
 * course minimum) who completed, completes those enrolments and publishes {@link
 * CourseEvents.EnrolmentsCompleted}. Nobody outside course listens to this event; progression reads
 * completed enrolments when it assesses a leader (through attendance's per-course attendance).
 */
public record CohortCompleted(long cohortId) {}
