package org.communityorganising.pathways.course;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads an enrolment upload: a CSV file in UTF-8 (as spreadsheets save "CSV UTF-8") with a header
 * row naming an e-mail column; commas or semicolons. Problems with the file as a whole come back as
 * an i18n key; row problems are judged by the service, which knows the people.
 */
final class EnrolmentCsv {

    static final int MAX_BYTES = 1024 * 1024;
    static final int MAX_ROWS = 2000;

    private EnrolmentCsv() {}

    /** A data row: its line number in the file (the header is line 1) and the e-mail as written. */
    record Line(long lineNumber, String email) {}

    /** Either a file problem (an i18n key, with an argument) or the rows. */
    record Parsed(@Nullable String fileProblem, @Nullable Object problemArgument, List<Line> lines) {

        static Parsed problem(String key, @Nullable Object argument) {
            return new Parsed(key, argument, List.of());
        }
    }

    static Parsed parse(byte[] bytes) {
        if (bytes.length == 0) {
            return Parsed.problem("csv.error.empty", null);
        }
        if (bytes.length > MAX_BYTES) {
            return Parsed.problem("csv.error.too-large", MAX_BYTES / 1024);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return Parsed.problem("csv.error.encoding", null);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.indexOf('\0') >= 0) {
            return Parsed.problem("csv.error.not-csv", null);
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.contains(";") && !firstLine.contains(",") ? ';' : ',';
        var format = CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .setAllowMissingColumnNames(true)
                .setAllowDuplicateHeaderNames(true)
                .get();
        try (var parser = format.parse(new StringReader(text))) {
            String emailColumn = parser.getHeaderNames().stream()
                    .filter(name -> List.of("email", "e-mail", "email address", "e-mail address", "e-bost")
                            .contains(name.strip().toLowerCase(Locale.ROOT)))
                    .findFirst()
                    .orElse(null);
            if (emailColumn == null) {
                return Parsed.problem("csv.error.no-email-column", null);
            }
            List<Line> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (lines.size() == MAX_ROWS) {
                    return Parsed.problem("csv.error.too-many-rows", MAX_ROWS);
                }
                String email = record.isMapped(emailColumn) && record.isSet(emailColumn)
                        ? record.get(emailColumn).strip()
                        : "";
                lines.add(new Line(parser.getCurrentLineNumber(), email));
            }
            if (lines.isEmpty()) {
                return Parsed.problem("csv.error.no-rows", null);
            }
            return new Parsed(null, null, lines);
        } catch (UncheckedIOException | IllegalArgumentException | IllegalStateException | IOException e) {
            return Parsed.problem("csv.error.malformed", null);
        }
    }
}
