package org.communityorganising.pathways.progression.practice;

/** The role a leader played in a public action or assembly. */
public enum PracticeRole {
    SPEAKER,
    NEGOTIATOR,
    CHAIR,
    PARTICIPANT;

    public String translationKey() {
        return "practice.role." + name();
    }

    /** A named role: the leader stood up in front of the action, not only in it. */
    public boolean named() {
        return this != PARTICIPANT;
    }
}
