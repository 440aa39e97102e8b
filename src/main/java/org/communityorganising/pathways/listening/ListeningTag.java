package org.communityorganising.pathways.listening;

/** An issue tag of a campaign, in the order the lead gave. */
public record ListeningTag(long id, long campaignId, int position, String label) {}
