package org.communityorganising.pathways.calendar;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A feed as a poll receives it: its version always, its calendar only when the poller lacks it. */
public final class Feed {

    private final FeedVersion version;
    private final byte @Nullable [] calendar;

    Feed(FeedVersion version, byte @Nullable [] calendar) {
        this.version = version;
        this.calendar = calendar;
    }

    public FeedVersion version() {
        return version;
    }

    /** The calendar, or empty when the poller's copy is current (answer 304 Not Modified). */
    public Optional<byte[]> body() {
        return Optional.ofNullable(calendar);
    }
}
