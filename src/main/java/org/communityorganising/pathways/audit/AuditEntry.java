package org.communityorganising.pathways.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of the audit trail as administrators read it. */
public record AuditEntry(
        long id,
        Instant at,
        @Nullable String actor,
        String action,
        String subjectType,
        long subjectId,
        String details) {}
