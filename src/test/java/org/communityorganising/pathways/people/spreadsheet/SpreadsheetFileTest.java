package org.communityorganising.pathways.people.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.support.Workbooks;
import org.junit.jupiter.api.Test;

class SpreadsheetFileTest {

    private static String refusal(byte[] data) {
        try {
            SpreadsheetFile.read(data);
        } catch (InvalidInputException e) {
            return e.messageKey();
        }
        throw new AssertionError("the file was read");
    }

    @Test
    void readsTheFirstSheetOfAnXlsxAsTextWithFormulasKeptAsTheirText() {
        var table = SpreadsheetFile.read(Workbooks.xlsx(List.of(
                List.of("Name", "E-mail", "Phone"),
                List.of("Siân Jones", "sian@example.org", "07700 900123"),
                List.of(),
                List.of("=HYPERLINK(\"http://evil.example\",\"Click\")", "x@example.org", ""))));

        assertThat(table.headers()).containsExactly("Name", "E-mail", "Phone");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).number()).isEqualTo(2);
        assertThat(table.rows().get(0).cells()).containsExactly("Siân Jones", "sian@example.org", "07700 900123");
        var formulaRow = table.rows().get(1);
        assertThat(formulaRow.number())
                .as("the blank row is skipped, the number kept")
                .isEqualTo(4);
        assertThat(formulaRow.formulas()).containsExactly(0);
        assertThat(formulaRow.cell(0)).isEqualTo("=HYPERLINK(\"http://evil.example\",\"Click\")");
    }

    @Test
    void readsCsvInWindows1252WithSemicolonsAndUtf8WithAByteOrderMark() {
        byte[] excel = "Enw;E-bost\r\nSiân Llŷr;sian@example.org\r\n"
                .replace("ŷ", "y")
                .getBytes(Charset.forName("windows-1252"));
        var old = SpreadsheetFile.read(excel);
        assertThat(old.headers()).containsExactly("Enw", "E-bost");
        assertThat(old.rows().get(0).cells()).containsExactly("Siân Llyr", "sian@example.org");

        byte[] utf8 = "\uFEFFName,E-mail\nDafydd ap Gwilym,dafydd@example.org\n".getBytes(StandardCharsets.UTF_8);
        var modern = SpreadsheetFile.read(utf8);
        assertThat(modern.headers()).containsExactly("Name", "E-mail");
        assertThat(modern.rows().get(0).cells()).containsExactly("Dafydd ap Gwilym", "dafydd@example.org");
        assertThat(modern.rows().get(0).number()).isEqualTo(2);
    }

    @Test
    void aCsvCellStartingWithEqualsIsAFormulaToo() {
        var table = SpreadsheetFile.read("Name,E-mail\n=1+1,a@example.org\n".getBytes(StandardCharsets.UTF_8));
        assertThat(table.rows().get(0).formulas()).containsExactly(0);
    }

    @Test
    void refusesWhatIsNotASpreadsheetByItsBytesNotItsName() {
        assertThat(refusal("%PDF-1.7 renamed.xlsx".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("import.error.pdf");
        assertThat(refusal(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}))
                .isEqualTo("import.error.old-excel");
        assertThat(refusal(new byte[0])).isEqualTo("import.error.empty");
        assertThat(refusal(zip("readme.txt", "hello".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("import.error.unreadable-xlsx");
        assertThat(refusal("Name,E-mail\n".getBytes(StandardCharsets.UTF_8))).isEqualTo("import.error.no-rows");
        assertThat(refusal("Name,E-mail\n\"open,a@example.org\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("import.error.malformed-csv");
        assertThat(refusal(new byte[] {'a', 0, 'b', '\n', 'c'})).isEqualTo("import.error.not-a-spreadsheet");
    }

    @Test
    void refusesAMacroWorkbook() {
        byte[] xlsm = Workbooks.xlsm(List.of(List.of("Name", "E-mail"), List.of("A", "a@example.org")));
        assertThat(refusal(xlsm)).isEqualTo("import.error.macros");
    }

    @Test
    void refusesAWorkbookWhoseSharedStringsWouldExpandPastTheLimitWithoutExpandingThem() {
        // 64 MB of one repeated string compresses to a few tens of kilobytes: a zip bomb.
        byte[] bomb = zip("xl/sharedStrings.xml", new byte[(int) (2 * SpreadsheetLimits.MAX_EXPANDED_PART)]);
        assertThat(bomb.length).isLessThan(SpreadsheetLimits.MAX_BYTES);
        assertThat(refusal(bomb)).isEqualTo("import.error.expands-too-much");
        // Styles are built whole in memory by POI: a few megabytes of them is already too much.
        assertThat(refusal(zip("xl/styles.xml", new byte[3 * 1024 * 1024]))).isEqualTo("import.error.expands-too-much");
    }

    @Test
    void refusesAFileOverTheSizeLimitAndMoreRowsThanTheLimit() {
        assertThat(refusal(new byte[SpreadsheetLimits.MAX_BYTES + 1])).isEqualTo("import.error.too-large");
        var csv = new StringBuilder("Name,E-mail\n");
        for (int i = 0; i <= SpreadsheetLimits.MAX_ROWS; i++) {
            csv.append("P").append(i).append(",p").append(i).append("@example.org\n");
        }
        assertThat(refusal(csv.toString().getBytes(StandardCharsets.UTF_8))).isEqualTo("import.error.too-many-rows");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Name", "E-mail"));
        for (int i = 0; i <= SpreadsheetLimits.MAX_ROWS; i++) {
            rows.add(List.of("P" + i, "p" + i + "@example.org"));
        }
        assertThat(refusal(Workbooks.xlsx(rows))).isEqualTo("import.error.too-many-rows");
    }

    @Test
    void keepsNoMoreOfACellThanItNeedsToTellItIsTooLong() {
        String huge = "x".repeat(30_000);
        var table = SpreadsheetFile.read(
                Workbooks.xlsx(List.of(List.of("Name", "E-mail"), List.of(huge, "a@example.org"))));
        assertThat(table.rows().get(0).cell(0)).hasSize(SpreadsheetLimits.MAX_CELL + 1);
    }

    private static byte[] zip(String name, byte[] content) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
