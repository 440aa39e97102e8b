package org.communityorganising.pathways.base;

/**
 * A domain event that the audit trail records: who did what to which record. Modules publish
 * their own event types (records) implementing it; the audit module listens and writes one
 * `audit_event` row in the publishing transaction, so an entry exists exactly when its change
 * was committed. No module needs to know the audit module.
 */
public interface AuditableEvent {

    /** What the audit trail writes for this event; the actor is whoever is signed in. */
    Entry audit();

    /**
     * One audit entry.
     *
     * @param action the stable name of what happened, e.g. {@code ROLES_CHANGED}; history is searched by it
     * @param subjectType the kind of record it happened to, e.g. {@code person}
     * @param details a short, human-readable account; never a secret
     */
    record Entry(String action, String subjectType, long subjectId, String details) {}
}
