package org.communityorganising.pathways.listening;

import java.util.List;

/**
 * A running campaign of the signed-in leader's chapter, as their logging page shows it.
 *
 * @param mine people the leader listened to in this campaign
 * @param myInstitution people their institution listened to, when they have one
 * @param today the leader's logs of today, newest first, so a mistap is undone at once
 */
public record MyListening(
        CampaignItem campaign, List<ListeningTag> tags, int mine, int myInstitution, List<LogLine> today) {

    public MyListening {
        tags = List.copyOf(tags);
        today = List.copyOf(today);
    }

    /** One log: its kind, people and tags' labels. */
    public record LogLine(long id, ListeningKind kind, int people, String tags) {}
}
