package org.communityorganising.pathways.base;

import java.util.List;

/**
 * Neutralises text for a CSV file that people open in a spreadsheet (OWASP's "CSV injection"
 * guidance): a cell that begins with {@code = + - @}, a tab or a carriage return would be read as
 * a formula — {@code =HYPERLINK(...)} becomes a live link — so it gets a leading apostrophe, which
 * spreadsheets show as plain text. Every CSV the app writes passes its cells through here.
 */
public final class SpreadsheetCell {

    private SpreadsheetCell() {}

    public static String text(String value) {
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    /** A row of cells: text neutralised, numbers left as numbers. */
    public static List<Object> row(List<?> cells) {
        return cells.stream()
                .map(cell -> cell instanceof String text ? (Object) text(text) : cell)
                .toList();
    }
}
