package org.communityorganising.pathways.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.communityorganising.pathways.attendance.AttendanceReportService;
import org.communityorganising.pathways.attendance.AttendanceService;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.PersonalData;
import org.communityorganising.pathways.privacy.PersonalDataService.Format;
import org.communityorganising.pathways.progression.practice.PracticeForm;
import org.communityorganising.pathways.progression.practice.PracticeKind;
import org.communityorganising.pathways.progression.practice.PracticeService;
import org.communityorganising.pathways.progression.promotions.PromotionService;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.SignIn;
import org.communityorganising.pathways.support.StatementCounter;
import org.communityorganising.pathways.support.TestData;
import org.communityorganising.pathways.support.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
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

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    PracticeService practice;

    @Autowired
    PromotionService promotions;

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
    void everyListedTableIsInTheExportAndErasedUnlessDeclaredKept() {
        long trainee = testData.personId(DemoLogins.TRAINEE);
        var erases = Pattern.compile("^\\s*(?:update|delete\\s+from)\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
        for (PersonalData module : modules) {
            String exported = String.join("\n", StatementCounter.sqlOf(() -> module.export(trainee)));
            assertThat(module.tables())
                    .as("%s exports every table it lists", module.getClass().getSimpleName())
                    .allSatisfy(table -> assertThat(exported).containsPattern("\\b(v_)?" + table + "\\b"));

            Set<String> erased = new HashSet<>();
            var rollback = new TransactionTemplate(transactions);
            rollback.executeWithoutResult(status -> {
                status.setRollbackOnly();
                StatementCounter.sqlOf(() -> module.erase(trainee)).forEach(sql -> {
                    var matcher = erases.matcher(sql);
                    if (matcher.find()) {
                        erased.add(matcher.group(1).toLowerCase(java.util.Locale.ROOT));
                    }
                });
            });
            assertThat(module.keptOnErasure()).isSubsetOf(module.tables());
            var mustErase = new HashSet<>(module.tables());
            mustErase.removeAll(module.keptOnErasure());
            assertThat(erased)
                    .as(
                            "%s erases every table it lists and does not declare kept",
                            module.getClass().getSimpleName())
                    .containsAll(mustErase);
        }
    }

    @Test
    void afterErasureNoTextAnywhereNamesThePersonNotEvenWhatOthersWroteAboutThem() throws Exception {
        String leader = testData.personWithLogin("TELCO", "TRAINEE");
        long id = testData.personId(leader);
        String surname = "Quartey" + Long.toString(System.nanoTime(), 36);
        String name = "Nia " + surname;
        jdbc.sql("update person set full_name = :name where id = :id")
                .param("name", name)
                .param("id", id)
                .update();
        jdbc.sql("""
                        insert into person_tier (person_id, tier_id, since) values (:p, (select id from tier where rank = 2), now())
                        on conflict (person_id) do update set tier_id = excluded.tier_id""").param("p", id).update();
        signIn.as(leader);
        long entry = practice.log(new PracticeForm(
                PracticeKind.ONE_TO_ONE,
                java.time.LocalDate.now(LondonTime.ZONE),
                null,
                null,
                null,
                null,
                null,
                null,
                0));
        signIn.as(DemoLogins.TRAINER);
        practice.query(entry, 0, name + ": which day was it?");
        long request = promotions.nominate(id, name + " chaired the assembly");
        signIn.as(DemoLogins.LEAD);
        promotions.approve(request, name + " was superb");
        signIn.as(DemoLogins.ADMIN);
        promotions.approve(request, "Agreed, " + surname + " is ready");

        signIn.as(leader);
        assertThat(new String(data.exportMine(Format.JSON), StandardCharsets.UTF_8))
                .as("the leader reads what the first approver wrote about them")
                .contains(name + " was superb");

        signIn.as(DemoLogins.ADMIN);
        data.erase(id, name);
        for (String text : List.of(surname, leader)) {
            assertThat(columnsContaining(text))
                    .as("columns still holding %s", text)
                    .isEmpty();
        }
    }

    /** Every text column of every table, searched for the text: "table.column" where it is found. */
    private List<String> columnsContaining(String text) {
        List<String[]> columns = jdbc.sql("""
                        select c.table_name, c.column_name from information_schema.columns c
                        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                        where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
                          and c.data_type in ('text', 'character varying') and c.table_name not like 'databasechangelog%'""")
                .query((rs, row) -> new String[] {rs.getString("table_name"), rs.getString("column_name")})
                .list();
        return columns.stream()
                .filter(column -> jdbc.sql("select exists (select 1 from %s where %s ilike :pattern)"
                                .formatted(column[0], column[1]))
                        .param("pattern", "%" + text + "%")
                        .query(Boolean.class)
                        .single())
                .map(column -> column[0] + "." + column[1])
                .toList();
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
