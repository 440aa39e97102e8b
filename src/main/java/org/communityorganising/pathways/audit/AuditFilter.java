package org.communityorganising.pathways.audit;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the audit browser filters by: an action, words in a name or the details, a range of days
 * (London) and one person — everything they did and everything done to their records — each
 * optional.
 */
public record AuditFilter(
        @Nullable String action,
        String text,
        @Nullable LocalDate from,
        @Nullable LocalDate to,
        @Nullable Long personId) {

    public AuditFilter(@Nullable String action, String text, @Nullable LocalDate from, @Nullable LocalDate to) {
        this(action, text, from, to, null);
    }

    public static AuditFilter none() {
        return new AuditFilter(null, "", null, null, null);
    }

    public static AuditFilter about(long personId) {
        return new AuditFilter(null, "", null, null, personId);
    }
}
