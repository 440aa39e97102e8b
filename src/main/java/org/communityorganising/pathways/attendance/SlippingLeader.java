package org.communityorganising.pathways.attendance;

/** Someone slipping in a running cohort: who, where, and why (the same rule as the cohort report). */
public record SlippingLeader(long personId, String fullName, long cohortId, String cohortName, Slipping slipping) {}
