package org.communityorganising.pathways.listening;

/** What was logged: one conversation, or a house meeting of several people. */
public enum ListeningKind {
    CONVERSATION,
    HOUSE_MEETING;

    public String translationKey() {
        return "listening.kind." + name();
    }
}
