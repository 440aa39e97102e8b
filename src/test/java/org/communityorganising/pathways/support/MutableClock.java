package org.communityorganising.pathways.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/** A clock tests move by hand, e.g. past the end of a login lock. Starts at the real time. */
public final class MutableClock extends Clock {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private volatile Duration offset = Duration.ZERO;

    @Override
    public ZoneId getZone() {
        return LONDON;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("Tests use Europe/London");
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    public void advance(Duration duration) {
        offset = offset.plus(duration);
    }

    public void reset() {
        offset = Duration.ZERO;
    }
}
