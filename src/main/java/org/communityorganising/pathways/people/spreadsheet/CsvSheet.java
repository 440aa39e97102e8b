package org.communityorganising.pathways.people.spreadsheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.communityorganising.pathways.base.InvalidInputException;

/**
 * A CSV file as spreadsheets save it: UTF-8 with or without a byte-order mark, or Windows-1252
 * (what older Excel writes as "CSV"); commas or semicolons (Excel in Welsh, French or German
 * locales writes semicolons).
 */
final class CsvSheet {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvSheet() {}

    static SheetTable read(byte[] data) {
        String text = decode(data);
        if (text.indexOf('\0') >= 0) {
            throw new InvalidInputException("import.error.not-a-spreadsheet");
        }
        var format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<String> headers = null;
        List<SheetTable.Row> rows = new ArrayList<>();
        try (var parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>();
                Set<Integer> formulas = new HashSet<>();
                for (int column = 0; column < Math.min(record.size(), SpreadsheetLimits.MAX_COLUMNS); column++) {
                    String cell = record.get(column);
                    cell = cell.length() > SpreadsheetLimits.MAX_CELL
                            ? cell.substring(0, SpreadsheetLimits.MAX_CELL + 1)
                            : cell;
                    // A CSV has no formulas, but a cell that starts with = becomes one when the file is
                    // opened again: it is refused just as an XLSX formula is.
                    if (cell.startsWith("=")) {
                        formulas.add(column);
                    }
                    cells.add(cell);
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (headers == null) {
                    headers = cells;
                    continue;
                }
                if (rows.size() == SpreadsheetLimits.MAX_ROWS) {
                    throw new InvalidInputException("import.error.too-many-rows", SpreadsheetLimits.MAX_ROWS);
                }
                rows.add(new SheetTable.Row((int) parser.getCurrentLineNumber(), cells, formulas));
            }
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            throw new InvalidInputException("import.error.malformed-csv");
        }
        return new SheetTable(headers == null ? List.of() : headers, rows);
    }

    /** UTF-8 when the bytes are valid UTF-8 (they almost never are by chance), else Windows-1252. */
    private static String decode(byte[] data) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(data, WINDOWS_1252);
        }
    }

    /** The separator of the header line: semicolons when it has more of them than commas. */
    private static char delimiter(String text) {
        String firstLine =
                text.lines().filter(line -> !line.isBlank()).findFirst().orElse("");
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long commas = firstLine.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }
}
