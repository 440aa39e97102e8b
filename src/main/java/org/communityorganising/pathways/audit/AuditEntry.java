package org.communityorganising.pathways.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One line of the audit trail as administrators read it.
 *
 * @param actorId null when the system acted, or the actor was erased
 * @param aboutId the person the record concerns (the person, or the person of a request, practice
 *     entry or enrolment); null for records of no one (a cohort, a session, a tier)
 * @param about that person's name
 */
public record AuditEntry(
        long id,
        Instant at,
        @Nullable Long actorId,
        @Nullable String actor,
        String action,
        String subjectType,
        long subjectId,
        String details,
        @Nullable Long aboutId,
        @Nullable String about) {}
