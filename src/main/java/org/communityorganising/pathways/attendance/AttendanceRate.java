package org.communityorganising.pathways.attendance;

import java.util.OptionalInt;

/**
 * The one attendance rule, stated on screen wherever a rate is shown:
 * (present + late) ÷ (sessions held − apologies). Cancelled sessions are not held; a session is
 * held once it has started ({@link SessionsHeld}); a held session without a mark counts against the rate, as an absence would.
 */
public record AttendanceRate(int held, int present, int late, int apologies) {

    public AttendanceRate {
        if (held < 0 || present < 0 || late < 0 || apologies < 0 || present + late + apologies > held) {
            throw new IllegalArgumentException("Marks cannot exceed the sessions held");
        }
    }

    public int attended() {
        return present + late;
    }

    /** Sessions that count: held ones without apologies. */
    public int counted() {
        return held - apologies;
    }

    /** The rate in whole percent (rounded down), or empty while no session counts yet. */
    public OptionalInt percent() {
        return counted() == 0 ? OptionalInt.empty() : OptionalInt.of(attended() * 100 / counted());
    }

    /** Whether the rate reaches a course's minimum; nothing counted yet meets no minimum but zero. */
    public boolean meets(int minimumPercent) {
        return percent().orElse(0) >= minimumPercent || minimumPercent == 0;
    }
}
