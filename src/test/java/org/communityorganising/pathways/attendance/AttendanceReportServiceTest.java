package org.communityorganising.pathways.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.course.CohortForm;
import org.communityorganising.pathways.course.CohortStatus;
import org.communityorganising.pathways.course.EnrolmentService;
import org.communityorganising.pathways.course.SchedulingService;
import org.communityorganising.pathways.course.SessionForm;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.SignIn;
import org.communityorganising.pathways.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class AttendanceReportServiceTest {

    @Autowired
    AttendanceReportService reports;

    @Autowired
    AttendanceService attendance;

    @Autowired
    SchedulingService scheduling;

    @Autowired
    EnrolmentService enrolment;

    @Autowired
    SignIn signIn;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    org.communityorganising.pathways.support.MutableClock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private long cohort;
    private long[] sessions;
    private String slipping;
    private String steady;

    /** Three weekly sessions up to today: one person attends then misses two, another attends or apologises. */
    private void threeWeeks() {
        var today = LocalDate.now(LondonTime.ZONE);
        var people = data.trainees("TELCO", 2);
        slipping = people.get(0);
        steady = people.get(1);
        signIn.as(DemoLogins.TRAINER);
        cohort = scheduling.createCohort(
                data.telcoCohort("CLT-2", "Report test", today.minusWeeks(2), today.plusWeeks(1), 20));
        sessions = new long[3];
        for (int week = 0; week < 3; week++) {
            sessions[week] = scheduling.addSession(
                    cohort, new SessionForm(today.minusWeeks(2 - week), LocalTime.MIDNIGHT, 90, "Hall", null, 0));
        }
        people.forEach(email -> enrolment.enrol(cohort, data.personId(email)));
        mark(0, slipping, AttendanceStatus.PRESENT, null);
        mark(1, slipping, AttendanceStatus.ABSENT, null);
        mark(2, slipping, AttendanceStatus.ABSENT, "No word from them");
        mark(0, steady, AttendanceStatus.PRESENT, null);
        mark(1, steady, AttendanceStatus.LATE, null);
        mark(2, steady, AttendanceStatus.APOLOGIES, null);
    }

    private void mark(int week, String email, AttendanceStatus status, String remark) {
        long person = data.personId(email);
        var row = attendance.register(sessions[week]).rows().stream()
                .filter(r -> r.personId() == person)
                .findFirst()
                .orElseThrow();
        attendance.mark(sessions[week], person, status, remark, row.version());
    }

    private CohortReport.Row row(CohortReport report, String email) {
        return report.rows().stream()
                .filter(row -> row.email().equals(email))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theCohortReportFlagsWhoIsSlippingAndWhy() {
        threeWeeks();
        var report = reports.cohortReport(cohort);
        assertThat(report.sessions())
                .hasSize(3)
                .allSatisfy(session -> assertThat(session.held()).isTrue());

        var missing = row(report, slipping);
        assertThat(missing.rate().percent()).hasValue(33);
        assertThat(missing.slipping().absencesInARow()).isEqualTo(2);
        assertThat(missing.slipping().belowMinimum()).isTrue();

        var attending = row(report, steady);
        assertThat(attending.rate().percent()).hasValue(100);
        assertThat(attending.slipping().slipping()).isFalse();
        assertThat(report.slippingCount()).isEqualTo(1);
    }

    @Test
    void aSessionLaterTodayIsNotHeldBeforeItStarts() {
        threeWeeks();
        // At 17:38 for today's 18:30 session: neither the report nor the person's home counts it yet.
        var today = LocalDate.now(LondonTime.ZONE);
        clock.advance(java.time.Duration.between(
                clock.instant(), today.atTime(17, 38).atZone(LondonTime.ZONE).toInstant()));
        try {
            long evening =
                    scheduling.addSession(cohort, new SessionForm(today, LocalTime.of(18, 30), 90, "Hall", null, 0));
            var report = reports.cohortReport(cohort);
            assertThat(report.sessions())
                    .filteredOn(session -> session.id() == evening)
                    .singleElement()
                    .satisfies(session -> assertThat(session.held()).isFalse());
            assertThat(row(report, steady).rate().percent()).hasValue(100);
            assertThat(report.slippingCount())
                    .as("only the person really slipping")
                    .isEqualTo(1);

            var mine = attendance.attendanceOf(data.personId(steady)).stream()
                    .filter(attended -> attended.cohortId() == cohort)
                    .findFirst()
                    .orElseThrow();
            assertThat(mine.rate().held()).isEqualTo(3);

            clock.advance(java.time.Duration.ofMinutes(53));
            assertThat(reports.cohortReport(cohort).sessions())
                    .filteredOn(session -> session.id() == evening)
                    .singleElement()
                    .as("held from 18:30")
                    .satisfies(session -> assertThat(session.held()).isTrue());
        } finally {
            clock.reset();
        }
    }

    @Test
    void theLongExportHasOneRowPerMarkInLondonTimeAndNoInstitutionByDefault() throws Exception {
        threeWeeks();
        byte[] file = reports.exportLong(cohort, false);
        String text = new String(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text.substring(1)))
                .getRecords();
        assertThat(records).hasSize(6);
        assertThat(records.getFirst().getParser().getHeaderNames())
                .containsExactly(
                        "Name",
                        "E-mail",
                        "Session start",
                        "Session end",
                        "Duration (min)",
                        "Status",
                        "Remark",
                        "Marked by",
                        "Marked at")
                .doesNotContain("Institution");
        var last = records.stream()
                .filter(record -> record.get("E-mail").equals(slipping)
                        && record.get("Status").equals("ABSENT")
                        && record.get("Remark").equals("No word from them"))
                .findFirst()
                .orElseThrow();
        assertThat(last.get("Session start")).isEqualTo(LocalDate.now(LondonTime.ZONE) + " 00:00");
        assertThat(last.get("Duration (min)")).isEqualTo("90");
        assertThat(last.get("Marked by")).isEqualTo("Tomás Byrne");
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where action = 'ATTENDANCE_EXPORTED' and subject_id = :cohort")
                        .param("cohort", cohort)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theWideExportHasPeopleBySessionsAndInstitutionsOnlyWhenAsked() throws Exception {
        threeWeeks();
        String text = new String(reports.exportWide(cohort, true), StandardCharsets.UTF_8).substring(1);
        var parsed = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text));
        assertThat(parsed.getHeaderNames()).hasSize(2 + 1 + 3 + 1).contains("Institution", "Attendance rate %");
        var records = parsed.getRecords();
        assertThat(records).hasSize(2);
        var missing = records.stream()
                .filter(record -> record.get("E-mail").equals(slipping))
                .findFirst()
                .orElseThrow();
        assertThat(missing.get("Attendance rate %")).isEqualTo("33");
        assertThat(missing.values()).containsSubsequence("PRESENT", "ABSENT", "ABSENT");
    }

    @Test
    void completingTheCohortCompletesOnlyTheEnrolmentsThatMeetTheMinimum() {
        threeWeeks();
        var cohortForm = scheduling.cohort(cohort).toForm();
        scheduling.updateCohort(
                cohort,
                new CohortForm(
                        cohortForm.courseId(),
                        cohortForm.chapterId(),
                        cohortForm.name(),
                        cohortForm.startsOn(),
                        cohortForm.endsOn(),
                        cohortForm.capacity(),
                        CohortStatus.COMPLETED,
                        cohortForm.trainerIds(),
                        cohortForm.version()));
        assertThat(jdbc.sql(
                                "select p.email || ':' || e.status from enrolment e join person p on p.id = e.person_id where e.cohort_id = :cohort")
                        .param("cohort", cohort)
                        .query(String.class)
                        .list())
                .containsExactlyInAnyOrder(steady + ":COMPLETED", slipping + ":ENROLLED");
    }

    @Test
    void aPersonsAttendanceRecordIsForTheirChaptersTrainersAndLeadsWithEveryChange() {
        threeWeeks();
        long person = data.personId(slipping);
        signIn.as(DemoLogins.LEAD);
        var record = attendance.personAttendance(person);
        assertThat(record.cohorts())
                .singleElement()
                .satisfies(item -> assertThat(item.rate().percent()).hasValue(33));
        assertThat(record.changes()).hasSize(3).first().satisfies(change -> {
            assertThat(change.to()).isEqualTo(AttendanceStatus.ABSENT);
            assertThat(change.changedBy()).isEqualTo("Tomás Byrne");
        });
        signIn.as(data.personWithLogin("Citizens Cymru Wales", "TRAINER"));
        assertThatThrownBy(() -> attendance.personAttendance(person)).isInstanceOf(AccessDeniedException.class);
        signIn.as(DemoLogins.TRAINEE);
        assertThatThrownBy(() -> attendance.personAttendance(person)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aLeadOfAnotherChapterCannotReportOrExport() {
        threeWeeks();
        signIn.as(data.personWithLogin("Citizens Cymru Wales", "CHAPTER_LEAD"));
        assertThatThrownBy(() -> reports.cohortReport(cohort)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.exportLong(cohort, false)).isInstanceOf(AccessDeniedException.class);
        signIn.as(DemoLogins.TRAINEE);
        assertThatThrownBy(() -> reports.exportWide(cohort, false)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void everyExportedCellThatASpreadsheetWouldRunAsAFormulaIsNeutralised() throws Exception {
        threeWeeks();
        jdbc.sql("update person set full_name = '=HYPERLINK(\"http://evil.example\",\"Click\")' where email = :email")
                .param("email", slipping)
                .update();
        mark(1, steady, AttendanceStatus.ABSENT, "+SUM(1,2)");
        mark(0, slipping, AttendanceStatus.PRESENT, "@cmd");

        String longText = new String(reports.exportLong(cohort, false), StandardCharsets.UTF_8).substring(1);
        var records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(longText))
                .getRecords();
        assertThat(records)
                .extracting(record -> record.get("Name"))
                .contains("'=HYPERLINK(\"http://evil.example\",\"Click\")");
        assertThat(records).extracting(record -> record.get("Remark")).contains("'+SUM(1,2)", "'@cmd");
        assertThat(records)
                .allSatisfy(record -> record.forEach(cell -> assertThat(cell)
                        .doesNotStartWith("=")
                        .doesNotStartWith("+")
                        .doesNotStartWith("@")
                        .doesNotStartWith("-")));

        String wideText = new String(reports.exportWide(cohort, false), StandardCharsets.UTF_8).substring(1);
        var wide = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(wideText))
                .getRecords();
        assertThat(wide)
                .extracting(record -> record.get("Name"))
                .contains("'=HYPERLINK(\"http://evil.example\",\"Click\")");
    }
}
