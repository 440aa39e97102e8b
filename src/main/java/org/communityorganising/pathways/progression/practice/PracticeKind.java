package org.communityorganising.pathways.progression.practice;

/** The kinds of organising practice a leader logs as evidence. */
public enum PracticeKind {
    ONE_TO_ONE,
    HOUSE_MEETING,
    RESEARCH_ACTION,
    PUBLIC_ACTION,
    MENTORING,
    TRAINING_DELIVERED;

    public String translationKey() {
        return "practice.kind." + name();
    }

    /** One-to-ones and mentoring are confidential: only the fact, the date and the counterpart's institution. */
    public boolean confidential() {
        return this == ONE_TO_ONE || this == MENTORING;
    }

    /** Kinds logged with a counterpart institution. */
    public boolean hasCounterpart() {
        return this == ONE_TO_ONE || this == MENTORING || this == HOUSE_MEETING;
    }

    /** Public actions and assemblies record the role played and the turnout. */
    public boolean hasTurnout() {
        return this == PUBLIC_ACTION;
    }
}
