package org.communityorganising.pathways.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Every way an upload can be broken gets its own sentence, before any row is looked at. */
class EnrolmentCsvTest {

    private static EnrolmentCsv.Parsed parse(String text) {
        return EnrolmentCsv.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheEmailColumnWhateverItsPositionAndCase() {
        var parsed = parse("Name,E-mail,Phone\nAbena,abena@example.org,0770\nBen,ben@example.org,\n");
        assertThat(parsed.fileProblem()).isNull();
        assertThat(parsed.lines())
                .extracting(EnrolmentCsv.Line::email)
                .containsExactly("abena@example.org", "ben@example.org");
        assertThat(parsed.lines()).extracting(EnrolmentCsv.Line::lineNumber).containsExactly(2L, 3L);
    }

    @Test
    void acceptsSemicolonsAndAByteOrderMarkAsSpreadsheetsWriteThem() {
        var parsed = parse("\uFEFFemail;name\r\nabena@example.org;Abena\r\n");
        assertThat(parsed.fileProblem()).isNull();
        assertThat(parsed.lines()).extracting(EnrolmentCsv.Line::email).containsExactly("abena@example.org");
    }

    @Test
    void keepsRowsWithABlankEmailSoTheyCanBeReported() {
        var parsed = parse("email,name\n,Nobody\n");
        assertThat(parsed.lines()).extracting(EnrolmentCsv.Line::email).containsExactly("");
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(EnrolmentCsv.parse(new byte[0]).fileProblem()).isEqualTo("csv.error.empty");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedWithAHintAboutTheEncoding() {
        byte[] latin1 = "email\nzoë@example.org\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(EnrolmentCsv.parse(latin1).fileProblem()).isEqualTo("csv.error.encoding");
    }

    @Test
    void aFileWithoutAnEmailColumnIsRefused() {
        assertThat(parse("name,phone\nAbena,0770\n").fileProblem()).isEqualTo("csv.error.no-email-column");
    }

    @Test
    void aFileWithOnlyAHeaderIsRefused() {
        assertThat(parse("email\n").fileProblem()).isEqualTo("csv.error.no-rows");
    }

    @Test
    void anUnclosedQuoteIsMalformed() {
        assertThat(parse("email,name\n\"abena@example.org,Abena\n").fileProblem())
                .isEqualTo("csv.error.malformed");
    }

    @Test
    void aBinaryFileIsNotACsv() {
        assertThat(EnrolmentCsv.parse(new byte[] {'e', 'm', 0, 1, 2}).fileProblem())
                .isEqualTo("csv.error.not-csv");
    }

    @Test
    void aFileOverTheLimitsIsRefused() {
        assertThat(EnrolmentCsv.parse(new byte[EnrolmentCsv.MAX_BYTES + 1]).fileProblem())
                .isEqualTo("csv.error.too-large");
        var many = new StringBuilder("email\n");
        for (int row = 0; row <= EnrolmentCsv.MAX_ROWS; row++) {
            many.append("p").append(row).append("@example.org\n");
        }
        assertThat(parse(many.toString()).fileProblem()).isEqualTo("csv.error.too-many-rows");
    }
}
