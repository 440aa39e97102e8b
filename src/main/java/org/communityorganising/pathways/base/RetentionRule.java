package org.communityorganising.pathways.base;

import java.time.Instant;

/**
 * A module's part of the retention schedule (docs/retention.md): what it deletes or blanks once
 * kept long enough. Runs daily, once per cluster, in one transaction with the other modules' rules.
 */
public interface RetentionRule {

    /** Applies the rule as of {@code now}; returns how many rows it changed, for the log. */
    int apply(Instant now);
}
