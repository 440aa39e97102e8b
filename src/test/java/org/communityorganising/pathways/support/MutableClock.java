package org.communityorganising.pathways.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

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

    /**
     * Now in London, with room before midnight for something that starts within the hour and
     * lasts two hours (an action runs within one London day): after 20:00 the clock is first moved
     * back to noon today, so that such a test passes at any hour.
     */
    public ZonedDateTime londonNowWithRoomBeforeMidnight() {
        var now = ZonedDateTime.ofInstant(instant(), LONDON);
        if (now.toLocalTime().isAfter(LocalTime.of(20, 0))) {
            var noon = now.with(LocalTime.NOON);
            advance(Duration.between(now, noon));
            return noon;
        }
        return now;
    }
}
