package org.communityorganising.pathways.people.ui;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.communityorganising.pathways.base.SpreadsheetCell;
import org.communityorganising.pathways.people.ImportOutcome;
import org.communityorganising.pathways.people.ImportPreview;

/**
 * What a confirmed import did, as a CSV of every row of the file, in the person's language. Every
 * cell is neutralised: the names and e-mails came from a file anyone could have written.
 */
final class ImportOutcomeCsv {

    /** Translates a key with its arguments, as a component does. */
    @FunctionalInterface
    interface Translator {
        String get(String key, Object... arguments);
    }

    private final Translator translation;
    private final Function<ImportPreview.Row, String> details;

    ImportOutcomeCsv(Translator translation, Function<ImportPreview.Row, String> details) {
        this.translation = translation;
        this.details = details;
    }

    byte[] write(ImportOutcome outcome) {
        var out = new StringWriter();
        // A byte-order mark, so that Excel reads the file as UTF-8 (Welsh names keep their accents).
        out.write('\uFEFF');
        try (var csv = CSVFormat.DEFAULT.builder().get().print(out)) {
            csv.printRecord(SpreadsheetCell.row(List.of(
                    translation.get("import.column.row"),
                    translation.get("import.column.email"),
                    translation.get("import.column.name"),
                    translation.get("import.column.outcome"),
                    translation.get("import.column.details"))));
            for (var row : outcome.rows()) {
                csv.printRecord(SpreadsheetCell.row(List.of(
                        String.valueOf(row.number()),
                        row.email(),
                        row.fullName(),
                        translation.get("import.outcome." + row.status().name()),
                        row.status() == ImportPreview.Status.NEW
                                ? (outcome.invited() > 0 ? translation.get("import.outcome.invited") : "")
                                : details.apply(row))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
