package org.communityorganising.pathways.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.communityorganising.pathways.attendance.AttendanceReportService;
import org.communityorganising.pathways.attendance.AttendanceService;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.PersonalData;
import org.communityorganising.pathways.privacy.PersonalDataService.Format;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.SignIn;
import org.communityorganising.pathways.support.TestData;
import org.communityorganising.pathways.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class PersonalDataServiceTest {

    @Autowired
    PersonalDataService data;

    @Autowired
    List<PersonalData> modules;

    @Autowired
    AttendanceService attendance;

    @Autowired
    AttendanceReportService reports;

    @Autowired
    SignIn signIn;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void everyTableThatRefersToAPersonIsCoveredByAModulesPersonalData() {
        Set<String> covered = new HashSet<>();
        modules.forEach(module -> covered.addAll(module.tables()));
        List<String> referring = jdbc.sql("""
                        select distinct c.conrelid::regclass::text from pg_constraint c
                        where c.contype = 'f' and c.confrelid = 'person'::regclass
                        union select 'person'""").query(String.class).list();
        assertThat(covered)
                .as("a module keeps personal data it does not export or erase")
                .containsAll(referring);
    }

    @Test
    void theDemoTraineeDownloadsEveryMarkAndApologyAsJsonAndAsAPageInTheirLanguage() throws Exception {
        long session = testData.sessionOf("TELCO evening cohort");
        long nextWeek = jdbc.sql("""
                        select s.id from training_session s join cohort c on c.id = s.cohort_id
                        where c.name = 'TELCO evening cohort' and s.starts_at > now() order by s.starts_at offset 1 limit 1""").query(Long.class).single();
        signIn.as(DemoLogins.TRAINEE);
        attendance.sendApologies(nextWeek, "Grandmother’s <b>birthday</b>");

        var json = JsonMapper.builder().build().readTree(data.exportMine(Format.JSON));
        var marks = json.get("modules").get("attendance").get("marks");
        assertThat(marks.size())
                .as("the spring course's two days, last week's mark and the apology")
                .isEqualTo(4);
        assertThat(marks.toString())
                .contains("PRESENT")
                .contains("APOLOGIES")
                .contains("Grandmother’s <b>birthday</b>");
        assertThat(json.get("modules")
                        .get("people")
                        .get("profile")
                        .get(0)
                        .get("email")
                        .asString())
                .isEqualTo(DemoLogins.TRAINEE);
        assertThat(json.toString()).doesNotContain("password_hash").doesNotContain("{bcrypt}");

        testData.setLanguage(DemoLogins.TRAINEE, "cy");
        try {
            String page = new String(data.exportMine(Format.HTML), StandardCharsets.UTF_8);
            assertThat(page)
                    .contains("<html lang=\"cy\">")
                    .contains("Marciau presenoldeb ac ymddiheuriadau")
                    .contains("Grandmother’s &lt;b&gt;birthday&lt;/b&gt;")
                    .doesNotContain("<b>birthday");
        } finally {
            testData.setLanguage(DemoLogins.TRAINEE, "en");
        }
        long me = testData.personId(DemoLogins.TRAINEE);
        assertThat(jdbc.sql(
                                "select count(*) from audit_event where action = 'PERSONAL_DATA_EXPORTED' and subject_id = :me")
                        .param("me", me)
                        .query(Long.class)
                        .single())
                .as("each export audited")
                .isGreaterThanOrEqualTo(2);
        assertThat(session).isPositive();
    }

    @Test
    void onlyAnAdministratorExportsOrErasesSomeoneElse() {
        long trainee = testData.personId(DemoLogins.TRAINEE);
        for (String who : List.of(DemoLogins.TRAINEE, DemoLogins.TRAINER, DemoLogins.LEAD)) {
            signIn.as(who);
            assertThatThrownBy(() -> data.exportFor(trainee, Format.JSON))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> data.erase(trainee, "Sam Patel"))
                    .as(who)
                    .isInstanceOf(AccessDeniedException.class);
        }
        signIn.as(DemoLogins.ADMIN);
        assertThat(new String(data.exportFor(trainee, Format.JSON), StandardCharsets.UTF_8))
                .contains(DemoLogins.TRAINEE);
    }

    @Test
    void anErasedTraineeKeepsTheCohortsTotalsButNotTheirNameNorTheirSignIn() {
        String trainee = testData.personWithLogin("TELCO", "TRAINEE");
        long id = testData.personId(trainee);
        long cohort = jdbc.sql("select id from cohort where name = 'TELCO evening cohort'")
                .query(Long.class)
                .single();
        long lastWeek = testData.sessionOf("TELCO evening cohort");
        jdbc.sql("insert into enrolment (cohort_id, person_id, enrolled_at) values (:c, :p, now())")
                .param("c", cohort)
                .param("p", id)
                .update();
        jdbc.sql("""
                        insert into attendance_mark (session_id, person_id, status, remark, source, marked_by, marked_at)
                        values (:s, :p, 'LATE', 'Bus from Barking', 'REGISTER', :p, now())""").param("s", lastWeek).param("p", id).update();
        var web = new WebClient(port);
        String cookie = web.login(trainee, DemoLogins.PASSWORD).orElseThrow();

        signIn.as(DemoLogins.ADMIN);
        var before = reports.cohortReport(cohort);
        assertThatThrownBy(() -> data.erase(id, "Somebody Else"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("data.error.confirmation"));
        data.erase(id, "Test TRAINEE");

        var after = reports.cohortReport(cohort);
        assertThat(after.rows()).hasSameSizeAs(before.rows());
        var erased = after.rows().stream()
                .filter(row -> row.personId() == id)
                .findFirst()
                .orElseThrow();
        assertThat(erased.fullName()).isEqualTo("Erased person");
        assertThat(erased.email()).doesNotContain("example.org");
        var was = before.rows().stream()
                .filter(row -> row.personId() == id)
                .findFirst()
                .orElseThrow();
        assertThat(erased.rate()).as("totals unchanged").isEqualTo(was.rate());
        assertThat(jdbc.sql("select remark from attendance_mark where person_id = :p")
                        .param("p", id)
                        .query(String.class)
                        .list())
                .containsOnlyNulls();
        assertThat(web.login(trainee, DemoLogins.PASSWORD))
                .as("no more sign-in")
                .isEmpty();
        assertThat(web.signedIn(cookie)).as("open sessions end").isFalse();
        var audit = jdbc.sql("select details from audit_event where action = 'PERSON_ERASED' and subject_id = :p")
                .param("p", id)
                .query(String.class)
                .list();
        assertThat(audit)
                .hasSize(1)
                .allSatisfy(
                        details -> assertThat(details).doesNotContain("Test").doesNotContain(trainee));
    }

    @Test
    void theOnlyActiveAdministratorCannotBeErasedNorCanAnAdministratorEraseThemselves() {
        String admin = testData.personWithLogin("TELCO", "ADMIN");
        long me = testData.personId(admin);
        long demoAdmin = testData.personId(DemoLogins.ADMIN);
        signIn.as(admin);
        assertThatThrownBy(() -> data.erase(me, "Test ADMIN"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("data.error.erase-self"));

        // Leave the demo administrator as the only active one, then try to erase them.
        List<Long> others =
                jdbc.sql("""
                        select p.id from person p join person_role r on r.person_id = p.id
                        where r.role = 'ADMIN' and p.active and p.id <> :demo""").param("demo", demoAdmin).query(Long.class).list();
        jdbc.sql("update person set active = false where id in (:ids)")
                .param("ids", others)
                .update();
        try {
            assertThatThrownBy(() -> data.erase(demoAdmin, "Amira Okafor"))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("data.error.only-administrator"));
            assertThat(jdbc.sql("select full_name from person where id = :id")
                            .param("id", demoAdmin)
                            .query(String.class)
                            .single())
                    .isEqualTo("Amira Okafor");
        } finally {
            jdbc.sql("update person set active = true where id in (:ids)")
                    .param("ids", others)
                    .update();
        }
    }
}
