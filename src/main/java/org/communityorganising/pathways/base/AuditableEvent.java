package org.communityorganising.pathways.base;

/**
 * A domain event that the audit trail records: who did what to which record. Modules publish
 * their own event types (records) implementing it; the audit module listens and writes one
 * `audit_event` row in the publishing transaction, so an entry exists exactly when its change
 * was committed. No module needs to know the audit module.
 */
public interface AuditableEvent {

    /** The stable name of what happened, e.g. {@code ROLES_CHANGED}; audit history is searched by it. */
    String action();

    /** The kind of record it happened to, e.g. {@code person}. */
    String subjectType();

    long subjectId();

    /** A short, human-readable account; never a secret. */
    String details();
}
