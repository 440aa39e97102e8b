package org.communityorganising.pathways.progression.tiers;

import java.util.List;
import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;
import org.jspecify.annotations.Nullable;

/**
 * A tier with its requirements, as the rules and the screens read it.
 *
 * @param keepUp how the tier is kept once reached; null for a tier kept whatever happens
 */
public record TierDefinition(
        long id,
        int rank,
        String nameEn,
        String nameCy,
        String summaryEn,
        String summaryCy,
        TierApproval approval,
        long version,
        List<Requirement> requirements,
        @Nullable KeepUp keepUp) {

    public TierDefinition {
        requirements = List.copyOf(requirements);
    }

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameEn, nameCy);
    }

    /** Two different people approve a tier that needs a second, senior approver; one otherwise. */
    public int approvalsNeeded() {
        return approval == TierApproval.CHAPTER_LEAD_AND_SENIOR ? 2 : 1;
    }
}
