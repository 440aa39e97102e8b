package org.communityorganising.pathways.progression.tiers;

/** The kinds of requirement a tier can have. */
public enum RequirementKind {
    /** A course completed with its attendance rate at or above the course minimum. */
    COURSE,
    /** A number of confirmed practice entries of one kind, optionally within the last months. */
    PRACTICE,
    /** Learning hours from courses completed since the person reached their current tier. */
    HOURS,
    /** The person already holds a tier of at least this rank. */
    TIER_HELD,
    /**
     * The person mentors a number of people holding a tier of at least this rank, each with a
     * confirmed mentoring meeting (within the last months, if set); mentoring meetings logged as
     * practice before the requirement's legacy day count one each, as they did before pairs.
     */
    MENTEES
}
