package org.communityorganising.pathways.people;

import java.util.List;

/**
 * The columns of an uploaded spreadsheet, as the person maps them: each header, the field it
 * was recognised as, and a few values from the rows below it; {@code fields} are the fields this
 * person may map (the tier for administrators only).
 */
public record ImportColumns(List<Column> columns, int rows, List<ImportField> fields) {

    public record Column(int index, String header, ImportField field, List<String> samples) {}

    public List<ImportField> guessedFields() {
        return columns.stream().map(Column::field).toList();
    }
}
