package org.communityorganising.pathways.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.SignIn;
import org.communityorganising.pathways.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class EnrolmentServiceTest {

    @Autowired
    SchedulingService scheduling;

    @Autowired
    EnrolmentService enrolment;

    @Autowired
    SignIn signIn;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    TestData data;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private long cohort(int capacity) {
        signIn.as(DemoLogins.TRAINER);
        return scheduling.createCohort(new CohortForm(
                data.courseId("CLT-2"),
                data.chapterId("TELCO"),
                "Enrolment test",
                LocalDate.of(2027, 2, 1),
                LocalDate.of(2027, 3, 31),
                capacity,
                CohortStatus.PLANNED,
                Set.of(data.personId(DemoLogins.TRAINER)),
                0));
    }

    private static byte[] csv(List<String> emails) {
        return ("Name,Email\n"
                        + String.join(
                                "\n",
                                emails.stream().map(email -> "Someone," + email).toList()) + "\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void twelvePeopleFromACsvWithTwoBadRowsReportedAndSkipped() {
        long cohort = cohort(20);
        List<String> rows = new ArrayList<>(data.trainees("TELCO", 12));
        rows.add(5, "nobody-" + System.nanoTime() + "@example.org");
        rows.add(data.trainees("Citizens Cymru Wales", 1).getFirst());

        signIn.as(DemoLogins.TRAINER);
        var preview = enrolment.previewCsv(cohort, csv(rows));
        assertThat(preview.enrolling()).isEqualTo(12);
        assertThat(preview.rows())
                .filteredOn(row -> !row.ok())
                .extracting(CsvEnrolmentRow::lineNumber, CsvEnrolmentRow::problem)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(7L, "csv.row.unknown"),
                        org.assertj.core.groups.Tuple.tuple(15L, "csv.row.unknown"));
        assertThat(enrolment.enrolments(cohort, PageRequest.of(0, 50)))
                .as("the preview writes nothing")
                .isEmpty();

        var imported = enrolment.importCsv(cohort, csv(rows));
        assertThat(imported.enrolling()).isEqualTo(12);
        assertThat(enrolment.enrolments(cohort, PageRequest.of(0, 50)).getContent())
                .hasSize(12)
                .allSatisfy(item -> assertThat(item.status()).isEqualTo(EnrolmentStatus.ENROLLED));
    }

    @Test
    void duplicatesBlankAndMalformedRowsAreNamedRowByRow() {
        long cohort = cohort(20);
        String person = data.trainees("TELCO", 1).getFirst();
        signIn.as(DemoLogins.TRAINER);
        var preview = enrolment.previewCsv(cohort, csv(List.of(person, person.toUpperCase(), "", "not-an-email")));
        assertThat(preview.rows())
                .extracting(CsvEnrolmentRow::problem)
                .containsExactly(null, "csv.row.duplicate", "csv.row.missing-email", "csv.row.bad-email");

        enrolment.importCsv(cohort, csv(List.of(person)));
        assertThat(enrolment.previewCsv(cohort, csv(List.of(person))).rows())
                .extracting(CsvEnrolmentRow::problem)
                .containsExactly("csv.row.already-enrolled");
    }

    @Test
    void aBrokenFileIsReportedAndNothingIsWritten() {
        long cohort = cohort(20);
        signIn.as(DemoLogins.TRAINER);
        var report = enrolment.importCsv(cohort, "name\nAbena\n".getBytes(StandardCharsets.UTF_8));
        assertThat(report.fileProblem()).isEqualTo("csv.error.no-email-column");
        assertThat(enrolment.enrolments(cohort, PageRequest.of(0, 50))).isEmpty();
    }

    @Test
    void capacityIsEnforcedForCsvRowsAndSingleEnrolments() {
        long cohort = cohort(3);
        var people = data.trainees("TELCO", 5);
        signIn.as(DemoLogins.TRAINER);
        var report = enrolment.importCsv(cohort, csv(people.subList(0, 4)));
        assertThat(report.rows())
                .extracting(CsvEnrolmentRow::problem)
                .containsExactly(null, null, null, "csv.row.over-capacity");

        long fifth = data.personId(people.get(4));
        assertThatThrownBy(() -> enrolment.enrol(cohort, fifth))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("csv.row.over-capacity"));
    }

    @Test
    void twoTrainersEnrollingTheLastPlaceAtOnceCannotOverfillTheCohort() throws Exception {
        long cohort = cohort(1);
        var people = data.trainees("TELCO", 2);
        long first = data.personId(people.get(0));
        long second = data.personId(people.get(1));
        var user = org.springframework.security.core.context.SecurityContextHolder.getContext();
        try (var pool = Executors.newFixedThreadPool(2)) {
            List<Callable<String>> attempts = List.of(first, second).stream()
                    .<Callable<String>>map(person -> () -> {
                        org.springframework.security.core.context.SecurityContextHolder.setContext(user);
                        try {
                            enrolment.enrol(cohort, person);
                            return "enrolled";
                        } catch (InvalidInputException full) {
                            return full.messageKey();
                        } finally {
                            org.springframework.security.core.context.SecurityContextHolder.clearContext();
                        }
                    })
                    .toList();
            var outcomes = pool.invokeAll(attempts).stream()
                    .map(future -> {
                        try {
                            return future.get();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .toList();
            assertThat(outcomes).containsExactlyInAnyOrder("enrolled", "csv.row.over-capacity");
        }
        assertThat(enrolment.enrolments(cohort, PageRequest.of(0, 10)).getContent())
                .hasSize(1);
    }

    @Test
    void withdrawingFreesThePlaceAndKeepsTheRecord() {
        long cohort = cohort(1);
        var people = data.trainees("TELCO", 2);
        signIn.as(DemoLogins.TRAINER);
        enrolment.enrol(cohort, data.personId(people.get(0)));
        var enrolled =
                enrolment.enrolments(cohort, PageRequest.of(0, 10)).getContent().getFirst();
        enrolment.withdraw(enrolled.id(), enrolled.version());
        enrolment.enrol(cohort, data.personId(people.get(1)));
        assertThat(enrolment.enrolments(cohort, PageRequest.of(0, 10)).getContent())
                .extracting(EnrolmentListItem::status)
                .containsExactly(EnrolmentStatus.ENROLLED, EnrolmentStatus.WITHDRAWN);
    }

    @Test
    void onlyThoseWhoMayChangeTheCohortEnrolPeople() {
        long cohort = cohort(5);
        long person = data.personId(data.trainees("TELCO", 1).getFirst());
        signIn.as(DemoLogins.LEAD);
        assertThatThrownBy(() -> enrolment.enrol(cohort, person)).isInstanceOf(AccessDeniedException.class);
        signIn.as(data.personWithLogin("Citizens Cymru Wales", "TRAINER"));
        assertThatThrownBy(
                        () -> enrolment.previewCsv(cohort, "email\nx@example.org\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(DemoLogins.TRAINEE);
        assertThatThrownBy(() -> enrolment.enrol(cohort, person)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePreviewTellsATrainerNothingAboutPeopleOfAnotherChapterNotEvenThatTheyExist() {
        long cohort = cohort(20);
        String welsh = data.trainees("Citizens Cymru Wales", 1).getFirst();
        String welshInactive = data.trainees("Citizens Cymru Wales", 1).getFirst();
        jdbc.sql("update person set active = false where email = :email")
                .param("email", welshInactive)
                .update();
        String unknown = "nobody-" + System.nanoTime() + "@example.org";

        signIn.as(DemoLogins.TRAINER);
        var rows = enrolment
                .previewCsv(cohort, csv(List.of(welsh, welshInactive, unknown)))
                .rows();
        assertThat(rows).extracting(CsvEnrolmentRow::problem).containsOnly("csv.row.unknown");
        assertThat(rows).extracting(CsvEnrolmentRow::personName).containsOnlyNulls();

        signIn.as(DemoLogins.ADMIN);
        assertThat(enrolment.previewCsv(cohort, csv(List.of(welsh))).rows())
                .extracting(CsvEnrolmentRow::problem)
                .as("an administrator sees everyone, so is told why")
                .containsExactly("csv.row.wrong-chapter");
    }
}
