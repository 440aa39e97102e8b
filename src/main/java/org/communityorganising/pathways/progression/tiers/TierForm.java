package org.communityorganising.pathways.progression.tiers;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator edits of a tier: its names, summaries, who approves it, its requirements
 * and its keep-up rule (the three keep numbers all empty for a tier kept whatever happens).
 */
public record TierForm(
        @NotBlank(message = "{form.error.required}") @Size(max = NAME_MAX, message = "{form.error.too-long}")
        String nameEn,

        @NotBlank(message = "{form.error.required}") @Size(max = NAME_MAX, message = "{form.error.too-long}")
        String nameCy,

        @Size(max = SUMMARY_MAX, message = "{form.error.too-long}")
        String summaryEn,

        @Size(max = SUMMARY_MAX, message = "{form.error.too-long}")
        String summaryCy,

        @NotNull(message = "{form.error.required}") @Nullable
        TierApproval approval,

        List<Requirement> requirements,
        @Nullable Integer keepCount,
        @Nullable Integer keepMonths,
        @Nullable Integer keepWarningDays,
        long version) {

    // One constant for the column, the service rule and the field.
    public static final int NAME_MAX = 80;
    public static final int SUMMARY_MAX = 1000;
    public static final int MAX_REQUIREMENTS = 20;
    public static final int COUNT_MAX = 1000;
    public static final int WINDOW_MAX = 120;
    public static final int HOURS_MAX = 9999;

    public TierForm {
        requirements = List.copyOf(requirements);
    }

    /** The same form, as if opened at this version (to save over a newer one deliberately). */
    public TierForm atVersion(long newer) {
        return new TierForm(
                nameEn,
                nameCy,
                summaryEn,
                summaryCy,
                approval,
                requirements,
                keepCount,
                keepMonths,
                keepWarningDays,
                newer);
    }

    public static TierForm of(TierDefinition tier) {
        return new TierForm(
                tier.nameEn(),
                tier.nameCy(),
                tier.summaryEn(),
                tier.summaryCy(),
                tier.approval(),
                tier.requirements(),
                tier.keepUp() == null ? null : tier.keepUp().count(),
                tier.keepUp() == null ? null : tier.keepUp().months(),
                tier.keepUp() == null ? null : tier.keepUp().warningDays(),
                tier.version());
    }
}
