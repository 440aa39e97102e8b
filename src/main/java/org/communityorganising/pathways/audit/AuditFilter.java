package org.communityorganising.pathways.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the audit browser filters by: an action, words in the actor's name or the details, and a
 * range of days (London) — each optional.
 */
public record AuditFilter(
        @Nullable String action,
        String text,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, "", null, null);
    }
}
