package org.communityorganising.pathways.course;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The dry-run preview of an upload, or what its import did. When the file itself is unusable,
 * {@code fileProblem} says why (an i18n key with one argument) and there are no rows.
 */
public record CsvEnrolmentReport(
        @Nullable String fileProblem,
        @Nullable Object fileProblemArgument,
        List<CsvEnrolmentRow> rows,
        boolean applied) {

    public long enrolling() {
        return rows.stream().filter(CsvEnrolmentRow::ok).count();
    }

    public long skipped() {
        return rows.size() - enrolling();
    }
}
