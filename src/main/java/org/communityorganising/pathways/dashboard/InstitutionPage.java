package org.communityorganising.pathways.dashboard;

import java.util.List;

/**
 * One institution: its people by tier and its activity as counts. Never the content of practice,
 * never a private note.
 */
public record InstitutionPage(
        ChapterDashboard.InstitutionHealth health,
        long chapterId,
        List<ChapterDashboard.TierCount> tiers,
        List<Member> members,
        List<KindCount> practiceLastYear,
        int sessionsAttendedLastYear) {

    public record Member(long personId, String fullName, int rank) {}

    /** Confirmed practice entries of one kind in the last 12 months. */
    public record KindCount(String kind, int count) {}
}
