package org.communityorganising.pathways.progression.tiers;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How a tier is kept once reached: at least {@code count} confirmed practice entries (of any
 * kind) in the last {@code months} months, with renewal due {@code warningDays} before the
 * standing would lapse.
 *
 * @param since the day the rule last changed: nobody lapses sooner than {@code months} after it
 */
public record KeepUp(int count, int months, int warningDays, LocalDate since) {

    // One constant for the column's check, the service rule and the field.
    public static final int COUNT_MAX = 100;
    public static final int MONTHS_MAX = 60;
    public static final int WARNING_DAYS_MAX = 365;

    /** The rule a tier's columns hold; null when they hold none (a tier kept whatever happens). */
    static @Nullable KeepUp of(
            @Nullable Integer count,
            @Nullable Integer months,
            @Nullable Integer warningDays,
            @Nullable LocalDate since) {
        return count == null || months == null || warningDays == null || since == null
                ? null
                : new KeepUp(count, months, warningDays, since);
    }

    /**
     * Whether the numbers are ones the ladder accepts (the database checks the same): the warning
     * shorter than the shortest window (28 days a month), or nobody could ever stand active.
     */
    public static boolean valid(int count, int months, int warningDays) {
        return count >= 1
                && count <= COUNT_MAX
                && months >= 1
                && months <= MONTHS_MAX
                && warningDays >= 0
                && warningDays <= WARNING_DAYS_MAX
                && warningDays < months * 28;
    }

    /**
     * Whether this rule asks more than the other: more entries, or a shorter window. Only a
     * stricter rule starts a new grace; a looser one, or another warning, lapses nobody sooner.
     */
    boolean stricterThan(KeepUp other) {
        return count > other.count || months < other.months;
    }
}
