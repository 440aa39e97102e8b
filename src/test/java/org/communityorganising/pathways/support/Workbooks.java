package org.communityorganising.pathways.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

/** Spreadsheets as a chapter would send them, written with POI's own workbook model. */
public final class Workbooks {

    private Workbooks() {}

    /** An XLSX with these rows (the first is the header); a cell starting with = is written as a formula. */
    public static byte[] xlsx(List<List<String>> rows) {
        return write(rows, XSSFWorkbookType.XLSX);
    }

    /** The same, saved as a macro-enabled workbook (.xlsm). */
    public static byte[] xlsm(List<List<String>> rows) {
        return write(rows, XSSFWorkbookType.XLSM);
    }

    private static byte[] write(List<List<String>> rows, XSSFWorkbookType type) {
        try (var workbook = new XSSFWorkbook(type)) {
            var sheet = workbook.createSheet("People");
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    String value = rows.get(r).get(c);
                    var cell = row.createCell(c);
                    if (value.startsWith("=")) {
                        cell.setCellFormula(value.substring(1));
                    } else {
                        cell.setCellValue(value);
                    }
                }
            }
            var out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
