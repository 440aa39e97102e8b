package org.communityorganising.pathways.people.spreadsheet;

import java.util.Arrays;
import org.communityorganising.pathways.base.InvalidInputException;

/**
 * Reads an uploaded spreadsheet, telling the kind by its first bytes, not by its name: a PDF
 * renamed to .xlsx is refused as a PDF. Every refusal is one sentence (an i18n key) and reads
 * nothing further.
 */
public final class SpreadsheetFile {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] PDF = {'%', 'P', 'D', 'F'};

    private SpreadsheetFile() {}

    public static SheetTable read(byte[] data) {
        if (data.length == 0) {
            throw new InvalidInputException("import.error.empty");
        }
        if (data.length > SpreadsheetLimits.MAX_BYTES) {
            throw new InvalidInputException("import.error.too-large", SpreadsheetLimits.MAX_BYTES / (1024 * 1024));
        }
        SheetTable table;
        if (startsWith(data, ZIP)) {
            table = XlsxSheet.read(data);
        } else if (startsWith(data, OLE2)) {
            // An Excel 97–2003 workbook, or an XLSX protected by a password: both are OLE2 files.
            throw new InvalidInputException("import.error.old-excel");
        } else if (startsWith(data, PDF)) {
            throw new InvalidInputException("import.error.pdf");
        } else {
            table = CsvSheet.read(data);
        }
        if (table.headers().stream().allMatch(String::isBlank)) {
            throw new InvalidInputException("import.error.no-header");
        }
        if (table.rows().isEmpty()) {
            throw new InvalidInputException("import.error.no-rows");
        }
        return table;
    }

    private static boolean startsWith(byte[] data, byte[] magic) {
        return data.length >= magic.length && Arrays.equals(data, 0, magic.length, magic, 0, magic.length);
    }
}
