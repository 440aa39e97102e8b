package org.communityorganising.pathways.dashboard;

import java.time.Instant;
import java.util.List;

/** Every active chapter side by side, computed at {@code asOf}. */
public record NationalSummary(List<NationalRow> chapters, Instant asOf) {}
