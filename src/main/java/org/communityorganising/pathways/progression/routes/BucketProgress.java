package org.communityorganising.pathways.progression.routes;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A bucket of one portfolio: the hours counted so far and, once a trainer signed it off, who and when. */
public record BucketProgress(
        RouteBucket bucket, long minutes, @Nullable SignOff signOff) {

    /** A trainer's sign-off, with the hours counted at that moment. */
    public record SignOff(@Nullable String signedBy, Instant signedAt, long minutes) {}

    public boolean met() {
        return minutes >= bucket.requiredMinutes();
    }

    public boolean signedOff() {
        return signOff != null;
    }
}
