package org.communityorganising.pathways.listening;

import org.communityorganising.pathways.base.AuditableEvent;

/** What listening tells the rest of the application, each in the audit trail: ids and counts only. */
public final class ListeningEvents {

    private ListeningEvents() {}

    public record CampaignOpened(long campaignId, long chapterId) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry("LISTENING_OPENED", "listening_campaign", campaignId, "chapter " + chapterId);
        }
    }

    public record CampaignClosed(long campaignId) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry("LISTENING_CLOSED", "listening_campaign", campaignId, "");
        }
    }

    /** A leader logged listening: how many people, never who or what was said. */
    public record Logged(long logId, long campaignId, long personId, ListeningKind kind, int people)
            implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry(
                    "LISTENING_LOGGED", "person", personId, "campaign " + campaignId + ": " + kind + " × " + people);
        }
    }

    public record LogRemoved(long logId, long campaignId, long personId) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry("LISTENING_LOG_REMOVED", "person", personId, "campaign " + campaignId + ", log " + logId);
        }
    }
}
