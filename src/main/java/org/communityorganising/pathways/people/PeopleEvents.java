package org.communityorganising.pathways.people;

import java.util.Set;
import java.util.TreeSet;
import org.communityorganising.pathways.base.AuditableEvent;

/** What the people module tells the others (and the audit trail) about people. */
public final class PeopleEvents {

    private PeopleEvents() {}

    /** Someone was added, by a lead or administrator or as a walk-in on a register. */
    public record PersonCreated(long personId, Set<String> roles, boolean walkIn) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry(
                    "PERSON_CREATED",
                    "person",
                    personId,
                    (walkIn ? "walk-in, " : "") + "roles=" + new TreeSet<>(roles));
        }
    }

    /** A person's roles changed: sessions trusted with the old ones have been ended. */
    public record RolesChanged(long personId, Set<String> before, Set<String> after) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry(
                    "ROLES_CHANGED", "person", personId, new TreeSet<>(before) + " -> " + new TreeSet<>(after));
        }
    }

    /** A password was set by a lead or administrator, or changed by its owner. */
    public record PasswordSet(long personId, boolean byThemselves) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry(
                    byThemselves ? "PASSWORD_CHANGED" : "PASSWORD_SET",
                    "person",
                    personId,
                    byThemselves ? "by themselves" : "");
        }
    }

    /** A person's e-mail address was changed by a lead or administrator; the old address is told. */
    public record EmailChanged(long personId, String previousEmail) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry("EMAIL_CHANGED", "person", personId, "");
        }
    }

    /** A person was deactivated (can no longer sign in, leaves the pickers) or reactivated. */
    public record PersonActivationChanged(long personId, boolean active) implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry(active ? "PERSON_REACTIVATED" : "PERSON_DEACTIVATED", "person", personId, "");
        }
    }

    /**
     * An administrator's chapter import says the person already held a tier before Pathways;
     * progression records it in the import's transaction (or refuses, and the import saves nothing).
     */
    public record TierRecognisedOnImport(long personId, long tierId, String fileName) {}

    /** A chapter import was confirmed: how many people it created and updated, and invited. */
    public record SpreadsheetImported(long chapterId, int created, int updated, int invited, int institutionsCreated)
            implements AuditableEvent {
        @Override
        public Entry audit() {
            return new Entry(
                    "PEOPLE_IMPORTED",
                    "chapter",
                    chapterId,
                    "created=" + created + ", updated=" + updated + ", invited=" + invited + ", institutions="
                            + institutionsCreated);
        }
    }
}
