package org.communityorganising.pathways.actions;

import org.communityorganising.pathways.base.AuditableEvent;

/** What the actions module tells the rest of the application, each in the audit trail: ids and numbers. */
public final class ActionEvents {

    private ActionEvents() {}

    public record ActionCreated(long actionId, long chapterId, ActionKind kind) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry("ACTION_CREATED", "organising_action", actionId, kind + ", chapter " + chapterId);
        }
    }

    /** A person checked themselves in at the door. */
    public record CheckedIn(long actionId, long personId) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry("ACTION_CHECKED_IN", "person", personId, "action " + actionId);
        }
    }

    /** The organiser added people at the door. */
    public record WalkInsAdded(long actionId, int people) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry("ACTION_WALK_INS", "organising_action", actionId, people + " people");
        }
    }

    public record PledgeSet(long actionId, String whose, int pledged) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry("ACTION_PLEDGE", "organising_action", actionId, whose + ": " + pledged);
        }
    }

    public record RoleRecorded(long actionId, long personId, NamedRole role, boolean removed)
            implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry(
                    removed ? "ACTION_ROLE_REMOVED" : "ACTION_ROLE_RECORDED",
                    "person",
                    personId,
                    "action " + actionId + ": " + role);
        }
    }

    public record RollCall(long actionId, long institutionId, boolean present) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry(
                    "ACTION_ROLL_CALL",
                    "organising_action",
                    actionId,
                    "institution " + institutionId + (present ? " present" : " absent"));
        }
    }

    public record VoteRecorded(long actionId, long institutionId, long tagId) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry(
                    "ACTION_VOTE", "organising_action", actionId, "institution " + institutionId + " → issue " + tagId);
        }
    }
}
