package org.communityorganising.pathways.listening;

import java.util.Set;

/** What a leader logs: a conversation or a house meeting, how many people, and the issues they raised. */
public record LogForm(ListeningKind kind, int people, Set<Long> tagIds) {

    public static final int PEOPLE_MAX = 500;

    public LogForm {
        tagIds = Set.copyOf(tagIds);
    }
}
