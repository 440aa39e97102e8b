package org.communityorganising.pathways.progression.tiers;

/** Who approves a promotion into a tier. */
public enum TierApproval {
    AUTOMATIC,
    CHAPTER_LEAD,
    /** The chapter lead and a second senior approver: nobody is made a Senior Leader by one person. */
    CHAPTER_LEAD_AND_SENIOR,
    ADMINISTRATOR;

    public String translationKey() {
        return "tier.approval." + name();
    }
}
