package org.communityorganising.pathways.people;

/** Who a person is, for an administrator acting on their data. */
public record PersonSummary(long id, String fullName, String language) {}
