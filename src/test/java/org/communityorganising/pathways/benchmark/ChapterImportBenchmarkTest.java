package org.communityorganising.pathways.benchmark;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.communityorganising.pathways.people.ChapterImport;
import org.communityorganising.pathways.people.ImportPlan;
import org.communityorganising.pathways.people.ImportPreview;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.SignIn;
import org.communityorganising.pathways.support.TestData;
import org.communityorganising.pathways.support.Workbooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Times a chapter import of 2,000 people from an XLSX (issue 16: preview within 5 s, import within
 * 10 s on these machines) through the real service, security and transactions included: reading
 * the columns, judging every row, and confirming (every person saved and invited in one
 * transaction). Each of three runs is a new file of new people, 150 institutions of which half the
 * chapter has. Reports each run and the bytes the judging thread allocated (the workbook is
 * streamed, never built). Not a test: it asserts nothing and is left out of `./pw test`. Rerun with
 * `./pw test -Pbenchmark -Dtest=ChapterImportBenchmarkTest`; results go to
 * target/benchmarks/chapter-import.md (docs/benchmarks.md records a run).
 */
@Tag("benchmark")
@IntegrationTest
class ChapterImportBenchmarkTest {

    private static final Logger log = LoggerFactory.getLogger(ChapterImportBenchmarkTest.class);
    private static final int PEOPLE = 2000;
    private static final int RUNS = 3;

    @Autowired
    ChapterImport imports;

    @Autowired
    SignIn signIn;

    @Autowired
    TestData data;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void importTwoThousandPeople() throws Exception {
        signIn.as(DemoLogins.ADMIN);
        long chapter = data.chapterId("TELCO");
        for (int i = 0; i < 75; i++) {
            jdbc.sql(
                            "insert into institution (chapter_id, name, kind) values (:c, :n, 'CHARITY') on conflict do nothing")
                    .param("c", chapter)
                    .param("n", "Benchmark Institution " + i)
                    .update();
        }
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        var report =
                new StringBuilder("| run | file KB | columns ms | preview ms | confirm ms | preview allocated MB |\n"
                        + "|---|---|---|---|---|---|\n");
        for (int run = 1; run <= RUNS; run++) {
            byte[] file = workbook(run);
            long start = System.nanoTime();
            var columns = imports.columns(file);
            long read = System.nanoTime();
            var plan = new ImportPlan(chapter, columns.guessedFields(), Map.of(), true);
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            ImportPreview preview = imports.preview(file, plan, done -> {});
            long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
            long judged = System.nanoTime();
            var outcome = imports.confirm(file, "benchmark-" + run + ".xlsx", plan, preview.fingerprint(), done -> {});
            long saved = System.nanoTime();
            if (outcome.created() != PEOPLE) {
                throw new IllegalStateException("created " + outcome.created() + " of " + PEOPLE);
            }
            report.append("| %d | %d | %d | %d | %d | %.0f |%n"
                    .formatted(
                            run,
                            file.length / 1024,
                            (read - start) / 1_000_000,
                            (judged - read) / 1_000_000,
                            (saved - judged) / 1_000_000,
                            allocated / 1e6));
        }
        log.info("Chapter import of {} people:\n{}", PEOPLE, report);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/chapter-import.md"), report);
    }

    private static byte[] workbook(int run) {
        String tag = run + "-" + Long.toString(System.nanoTime(), 36);
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Name", "E-mail", "Phone", "Institution", "Kind of institution", "Roles", "Language"));
        for (int i = 0; i < PEOPLE; i++) {
            String institution = i % 150 < 75
                    ? "benchmark institution " + (i % 75)
                    : "New Benchmark Institution " + (i % 150) + " " + tag;
            rows.add(List.of(
                    "Person " + i + " " + tag,
                    "bench-" + i + "-" + tag + "@example.org",
                    "07700 9" + String.format("%05d", i),
                    institution,
                    "Charity",
                    i % 10 == 0 ? "Trainer" : "Trainee",
                    i % 3 == 0 ? "Cymraeg" : "English"));
        }
        return Workbooks.xlsx(rows);
    }
}
