package org.communityorganising.pathways.dashboard;

/** An institution's health in one word; the rule is on the dashboard page (see {@link #of}). */
public enum InstitutionStatus {
    STRONG,
    GROWING,
    QUIET,
    NO_LEADERS;

    /**
     * No leaders yet: nobody above the entry tier. Quiet: leaders, but neither practice confirmed
     * nor a session attended in the activity window. Strong: a core team and one-to-ones at the
     * settings' thresholds. Growing: everything else.
     */
    static InstitutionStatus of(
            int leaders, int coreTeam, int oneToOnes, boolean activeInWindow, DashboardSettings settings) {
        if (leaders == 0) {
            return NO_LEADERS;
        }
        if (!activeInWindow) {
            return QUIET;
        }
        if (coreTeam >= settings.strongCoreTeam() && oneToOnes >= settings.strongOneToOnes()) {
            return STRONG;
        }
        return GROWING;
    }
}
