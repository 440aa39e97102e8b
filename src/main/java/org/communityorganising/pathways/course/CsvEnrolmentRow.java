package org.communityorganising.pathways.course;

import org.jspecify.annotations.Nullable;

/**
 * One row of an enrolment upload and what will (or did) happen to it.
 *
 * @param problem an i18n key saying why the row is skipped, or null when it enrols
 */
public record CsvEnrolmentRow(
        long lineNumber,
        String email,
        @Nullable String personName,
        @Nullable String problem) {

    public boolean ok() {
        return problem == null;
    }
}
