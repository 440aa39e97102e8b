package org.communityorganising.pathways.people.spreadsheet;

import java.util.List;
import java.util.Set;

/**
 * What a spreadsheet holds, as text: its header row and the rows below it. Empty rows are left
 * out; every row keeps the number a spreadsheet shows beside it, so a problem names the row the
 * person sees.
 */
public record SheetTable(List<String> headers, List<Row> rows) {

    /**
     * One row. {@code formulas} are the columns whose cell held a formula: its text is kept (with
     * its {@code =}), never its result, and the importer refuses it.
     */
    public record Row(int number, List<String> cells, Set<Integer> formulas) {

        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }
}
