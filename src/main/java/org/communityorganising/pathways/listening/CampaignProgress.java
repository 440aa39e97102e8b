package org.communityorganising.pathways.listening;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A campaign's progress and tally for its chapter's trainers and leads: per leader, per
 * institution, and the issues tallied per institution and for the chapter.
 */
public record CampaignProgress(
        CampaignItem campaign,
        List<ListeningTag> tags,
        List<Leader> leaders,
        List<Institution> institutions,
        List<Integer> chapterTally) {

    public CampaignProgress {
        tags = List.copyOf(tags);
        leaders = List.copyOf(leaders);
        institutions = List.copyOf(institutions);
        chapterTally = List.copyOf(chapterTally);
    }

    /** @param people conversations and house meetings' people together */
    public record Leader(
            long personId,
            String fullName,
            @Nullable String institution,
            int conversations,
            int houseMeetings,
            int people) {
        /** By name, by hand: a campaign's page reads hundreds of these every few seconds. */
        static final org.springframework.jdbc.core.RowMapper<Leader> ROW = (rs, row) -> new Leader(
                rs.getLong("person_id"),
                rs.getString("full_name"),
                rs.getString("institution"),
                rs.getInt("conversations"),
                rs.getInt("house_meetings"),
                rs.getInt("people"));
    }

    /**
     * @param id null for leaders without an institution
     * @param tally people per tag, in the campaign's tag order
     */
    public record Institution(@Nullable Long id, String name, int people, List<Integer> tally) {
        public Institution {
            tally = List.copyOf(tally);
        }
    }
}
