package org.communityorganising.pathways.people;

import java.util.List;
import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;
import org.jspecify.annotations.Nullable;

/**
 * What confirming an import would do, row by row, before anything is saved. {@code fingerprint}
 * identifies this judgement: Confirm saves only if judging the file again gives the same one.
 */
public record ImportPreview(String fingerprint, List<Row> rows, List<InstitutionMatch> institutions, boolean invite) {

    public enum Status {
        NEW,
        UPDATE,
        UNCHANGED,
        /** The e-mail is on more than one row of the file. */
        DUPLICATE,
        /** The e-mail belongs to someone this person may not see or manage: said without revealing who. */
        NOT_HERE,
        ERROR;

        public boolean saved() {
            return this == NEW || this == UPDATE;
        }

        public String translationKey() {
            return "import.status." + name();
        }
    }

    /** A value a row changes: before and after, as the person reads them. */
    public record Change(ImportField field, Bilingual before, Bilingual after) {

        public String before(Locale locale) {
            return before.in(locale);
        }

        public String after(Locale locale) {
            return after.in(locale);
        }
    }

    /**
     * One row of the file. A problem is an i18n key whose arguments start with the row number and
     * the column's header, so every sentence names row, column and reason.
     */
    public record Row(
            int number,
            Status status,
            String fullName,
            String email,
            @Nullable String institution,
            List<Change> changes,
            @Nullable String problem,
            List<Object> problemArguments) {}

    /**
     * An institution name of the file not found in the chapter: created, or matched to an existing
     * institution the person chose ({@code chosenId}); {@code suggestion} is the nearest name in the
     * chapter, if any is near ("did you mean …?").
     */
    public record InstitutionMatch(
            String key,
            String name,
            int rows,
            @Nullable Long suggestionId,
            @Nullable String suggestion,
            long chosenId) {

        public boolean created() {
            return chosenId == ImportPlan.CREATE;
        }
    }

    public long count(Status status) {
        return rows.stream().filter(row -> row.status() == status).count();
    }

    public long saved() {
        return rows.stream().filter(row -> row.status().saved()).count();
    }

    public long invitations() {
        return invite ? count(Status.NEW) : 0;
    }

    public long institutionsCreated() {
        return institutions.stream().filter(InstitutionMatch::created).count();
    }
}
