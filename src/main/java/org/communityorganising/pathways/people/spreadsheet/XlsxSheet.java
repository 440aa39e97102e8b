package org.communityorganising.pathways.people.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.communityorganising.pathways.base.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first sheet of an XLSX workbook, read as a stream of XML events (POI's event API): the
 * workbook is never built in memory, so memory stays bounded by the shared strings, which are
 * themselves bounded. A part that would expand past {@link SpreadsheetLimits#MAX_EXPANDED_PART},
 * or more than 100 times its compressed size (POI's zip-bomb guard), is refused before it is read.
 * Formulas are read as their text, never evaluated.
 */
final class XlsxSheet {

    static {
        // POI checks every part as it inflates it; a part that lies about its size is caught here.
        ZipSecureFile.setMaxEntrySize(SpreadsheetLimits.MAX_EXPANDED_PART);
    }

    /** Parts that carry macros: VBA, Excel 4.0 macro sheets, macro-enabled workbooks, templates and add-ins. */
    private static final List<String> MACRO_TYPES = List.of(
            XSSFRelation.MACROS_WORKBOOK.getContentType(),
            "application/vnd.ms-excel.template.macroEnabled.main+xml",
            "application/vnd.ms-excel.addin.macroEnabled.main+xml",
            "application/vnd.ms-office.vbaProject",
            "application/vnd.ms-excel.macrosheet+xml",
            "application/vnd.ms-excel.intlmacrosheet+xml");

    /**
     * Parts POI builds whole in memory get a far lower limit than the sheet, which is streamed: a
     * chapter's styles fit in kilobytes, its shared strings in a megabyte or two.
     */
    private static final long MAX_STYLES = 2L * 1024 * 1024;

    private static final long MAX_SHARED_STRINGS = 8L * 1024 * 1024;

    private XlsxSheet() {}

    static SheetTable read(byte[] data) {
        Path file = null;
        try {
            // POI reads a file part by part; from a stream it would inflate every part into memory first.
            file = Files.createTempFile("pathways-import-", ".xlsx");
            Files.write(file, data);
            refuseBombs(file);
            try (var pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                if (MACRO_TYPES.stream()
                        .anyMatch(type -> !pkg.getPartsByContentType(type).isEmpty())) {
                    throw new InvalidInputException("import.error.macros");
                }
                var reader = new XSSFReader(pkg);
                var strings = new ReadOnlySharedStringsTable(pkg, false);
                StylesTable styles = reader.getStylesTable();
                var sheets = reader.getSheetsData();
                if (!sheets.hasNext()) {
                    throw new InvalidInputException("import.error.no-rows");
                }
                var handler = new SheetHandler(strings, styles);
                try (InputStream sheet = sheets.next()) {
                    var parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(handler);
                    parser.parse(new InputSource(sheet));
                } catch (TooManyRows e) {
                    throw new InvalidInputException("import.error.too-many-rows", SpreadsheetLimits.MAX_ROWS);
                }
                return new SheetTable(handler.headers == null ? List.of() : handler.headers, handler.rows);
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            // Not a workbook (any other zip), damaged, or a part that inflated past the limits.
            throw new InvalidInputException("import.error.unreadable-xlsx");
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException ignored) {
                    // The temporary folder is cleared by the system; nothing personal is lost.
                }
            }
        }
    }

    /** Refuses a workbook whose parts say they expand past the limit: a zip bomb, told in plain words. */
    private static void refuseBombs(Path file) throws IOException {
        try (var zip = new ZipFile(file.toFile())) {
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                var entry = entries.nextElement();
                String name = entry.getName().toLowerCase(java.util.Locale.ROOT);
                long limit = name.endsWith("styles.xml")
                        ? MAX_STYLES
                        : name.endsWith("sharedstrings.xml") ? MAX_SHARED_STRINGS : SpreadsheetLimits.MAX_EXPANDED_PART;
                if (entry.getSize() > limit) {
                    throw new InvalidInputException("import.error.expands-too-much");
                }
            }
        }
    }

    /** Stops reading at the row limit, before the rest of the sheet costs anything. */
    private static final class TooManyRows extends SAXException {
        private static final long serialVersionUID = 1L;
    }

    /** Turns the sheet's XML into rows of text, as the cells show it. */
    private static final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final DataFormatter formatter = new DataFormatter();

        @Nullable
        List<String> headers;

        final List<SheetTable.Row> rows = new ArrayList<>();

        private int rowNumber;
        private List<String> cells = new ArrayList<>();
        private Set<Integer> formulas = new HashSet<>();
        private int column;
        private @Nullable String type;
        private @Nullable String style;
        private boolean formula;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder formulaText = new StringBuilder();
        private @Nullable StringBuilder capturing;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles) {
            this.strings = strings;
            this.styles = styles;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (localName) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                    formulas = new HashSet<>();
                    column = -1;
                }
                case "c" -> {
                    String ref = attributes.getValue("r");
                    column = ref == null ? column + 1 : new CellReference(ref).getCol();
                    type = attributes.getValue("t");
                    style = attributes.getValue("s");
                    formula = false;
                    value.setLength(0);
                    formulaText.setLength(0);
                }
                case "v" -> capturing = value;
                case "t" -> capturing = value; // the text of an inline string
                case "f" -> {
                    formula = true;
                    capturing = formulaText;
                }
                default -> {
                    // Rich-text runs, phonetic hints and the rest: their text arrives through <t>.
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            var target = capturing;
            if (target != null && target.length() <= SpreadsheetLimits.MAX_CELL) {
                target.append(ch, start, Math.min(length, SpreadsheetLimits.MAX_CELL + 1 - target.length()));
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v", "t", "f" -> capturing = null;
                case "c" -> {
                    if (column >= 0 && column < SpreadsheetLimits.MAX_COLUMNS) {
                        while (cells.size() <= column) {
                            cells.add("");
                        }
                        if (formula) {
                            formulas.add(column);
                            cells.set(column, "=" + formulaText);
                        } else {
                            cells.set(column, text());
                        }
                    }
                }
                case "row" -> endRow();
                default -> {
                    // nothing to do
                }
            }
        }

        private void endRow() throws SAXException {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            if (headers == null) {
                headers = cells;
                return;
            }
            if (rows.size() == SpreadsheetLimits.MAX_ROWS) {
                throw new TooManyRows();
            }
            rows.add(new SheetTable.Row(rowNumber, cells, formulas));
        }

        /** The cell as the spreadsheet shows it: a shared or inline string, or a number in its format. */
        private String text() {
            String raw = value.toString();
            if (type == null || type.equals("n")) {
                if (raw.isEmpty()) {
                    return "";
                }
                try {
                    double number = Double.parseDouble(raw);
                    var cellStyle = style == null ? null : styles.getStyleAt(Integer.parseInt(style));
                    if (cellStyle == null) {
                        return formatter.formatRawCellContents(number, 0, "General");
                    }
                    return formatter.formatRawCellContents(
                            number, cellStyle.getDataFormat(), cellStyle.getDataFormatString());
                } catch (NumberFormatException e) {
                    return raw;
                }
            }
            return switch (type) {
                case "s" -> {
                    var item = strings.getItemAt(Integer.parseInt(raw.strip()));
                    String text = item.getString();
                    yield text.length() > SpreadsheetLimits.MAX_CELL
                            ? text.substring(0, SpreadsheetLimits.MAX_CELL + 1)
                            : text;
                }
                case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
                default -> raw; // inlineStr, str (a formula's text result), e (an error such as #N/A)
            };
        }
    }
}
