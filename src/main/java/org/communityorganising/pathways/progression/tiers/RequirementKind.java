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
    TIER_HELD
}
