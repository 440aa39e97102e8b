package org.communityorganising.pathways.course;

import java.time.Instant;

/** From start (inclusive) to end, as instants. */
public record TimeSlot(Instant start, Instant end) {

    public TimeSlot {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("A session must end after it starts");
        }
    }
}
