package org.communityorganising.pathways.progression.mentoring;

import java.util.List;

/**
 * A pair the signed-in person is one of, with its meetings, newest first.
 *
 * @param asMentor the signed-in person mentors; otherwise they are mentored
 */
public record MyPair(PairItem pair, boolean asMentor, List<Meeting> meetings) {

    public MyPair {
        meetings = List.copyOf(meetings);
    }

    public String otherName() {
        return asMentor ? pair.menteeName() : pair.mentorName();
    }
}
