package org.communityorganising.pathways.actions;

/** What a chapter holds. */
public enum ActionKind {
    PUBLIC_ACTION,
    ASSEMBLY,
    DELEGATES_ASSEMBLY;

    public String translationKey() {
        return "actions.kind." + name();
    }
}
