package org.communityorganising.pathways.actions;

/** A role the organiser records at an action: the ones the ladder counts. */
public enum NamedRole {
    SPEAKER,
    NEGOTIATOR,
    CHAIR;

    public String translationKey() {
        return "actions.role." + name();
    }
}
