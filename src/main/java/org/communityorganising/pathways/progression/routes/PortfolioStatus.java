package org.communityorganising.pathways.progression.routes;

/** Whether a leader still follows a route. */
public enum PortfolioStatus {
    ACTIVE,
    LEFT
}
