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

    /** A view of this clock in another zone; it moves when this one does. */
    @Override
    public Clock withZone(ZoneId zone) {
        var source = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }

            @Override
            public Instant instant() {
                return source.instant();
            }
        };
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
