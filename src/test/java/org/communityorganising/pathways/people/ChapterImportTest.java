package org.communityorganising.pathways.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.mail.demo.EmbeddedMailServer;
import org.communityorganising.pathways.people.ImportPreview.Status;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.MailLinks;
import org.communityorganising.pathways.support.SignIn;
import org.communityorganising.pathways.support.StatementCounter;
import org.communityorganising.pathways.support.TestData;
import org.communityorganising.pathways.support.Workbooks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class ChapterImportTest {

    private static final String CYMRU = "Citizens Cymru Wales";

    @Autowired
    ChapterImport imports;

    @Autowired
    SignIn signIn;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EmbeddedMailServer mail;

    private final String u = UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private ImportPlan plan(String chapter, byte[] file) {
        return new ImportPlan(data.chapterId(chapter), imports.columns(file).guessedFields(), Map.of(), true);
    }

    private static Map<Integer, ImportPreview.Row> byRow(ImportPreview preview) {
        Map<Integer, ImportPreview.Row> rows = new java.util.HashMap<>();
        preview.rows().forEach(row -> rows.put(row.number(), row));
        return rows;
    }

    private int count(String sql, Object... values) {
        var statement = jdbc.sql(sql);
        for (int i = 0; i < values.length; i++) {
            statement = statement.param(i + 1, values[i]);
        }
        return statement.query(Integer.class).single();
    }

    @Test
    void anAdministratorOnboardsAChapterFromWelshHeadersAndTheSameFileAgainChangesNothing() {
        signIn.as(DemoLogins.ADMIN);
        String siân = "sian-" + u + "@example.org";
        String bryn = "bryn-" + u + "@example.org";
        String ann = "ann-" + u + "@example.org";
        byte[] file = Workbooks.xlsx(List.of(
                List.of("Enw", "E-bost", "Ffôn", "Sefydliad", "Math o sefydliad", "Rolau", "Iaith", "Haen"),
                List.of("Siân Morgan", siân, "07700 900201", "eglwys dewi sant,  CAERDYDD", "", "", "Cymraeg", ""),
                List.of(
                        "Bryn Jones",
                        bryn,
                        "",
                        "Canolfan Gymunedol " + u,
                        "Elusen",
                        "Hyfforddwr",
                        "cy",
                        "Trained Leader"),
                List.of("Ann Smith", ann, "", "", "", "Trainee", "English", "")));

        var columns = imports.columns(file);
        assertThat(columns.guessedFields())
                .containsExactly(
                        ImportField.NAME,
                        ImportField.EMAIL,
                        ImportField.PHONE,
                        ImportField.INSTITUTION,
                        ImportField.INSTITUTION_KIND,
                        ImportField.ROLES,
                        ImportField.LANGUAGE,
                        ImportField.TIER);
        var plan = plan(CYMRU, file);
        var preview = imports.preview(file, plan, done -> {});
        assertThat(preview.rows()).extracting(ImportPreview.Row::status).containsOnly(Status.NEW);
        assertThat(byRow(preview).get(2).institution())
                .as("matched ignoring case and spacing")
                .isEqualTo("Eglwys Dewi Sant, Caerdydd");
        assertThat(preview.institutions())
                .singleElement()
                .satisfies(match -> assertThat(match.created()).isTrue());
        assertThat(byRow(preview).get(3).changes())
                .as("what a new person is given is shown before it is saved")
                .extracting(ImportPreview.Change::field)
                .containsExactly(ImportField.ROLES, ImportField.LANGUAGE, ImportField.TIER);
        assertThat(count("select count(*) from person where email = ?", siân))
                .as("nothing saved before Confirm")
                .isZero();

        var outcome = imports.confirm(file, "cymru.xlsx", plan, preview.fingerprint(), done -> {});

        assertThat(outcome.created()).isEqualTo(3);
        assertThat(outcome.invited()).isEqualTo(3);
        assertThat(outcome.institutionsCreated()).isEqualTo(1);
        assertThat(jdbc.sql("""
                        select p.language || ' ' || i.name from person p join institution i on i.id = p.institution_id
                        where p.email = :email""").param("email", siân).query(String.class).single())
                .isEqualTo("cy Eglwys Dewi Sant, Caerdydd");
        assertThat(jdbc.sql("select kind from institution where name = :name")
                        .param("name", "Canolfan Gymunedol " + u)
                        .query(String.class)
                        .single())
                .isEqualTo("CHARITY");
        assertThat(jdbc.sql("select role from person_role r join person p on p.id = r.person_id where p.email = :e")
                        .param("e", bryn)
                        .query(String.class)
                        .list())
                .containsExactly(AppRoles.TRAINER);
        assertThat(jdbc.sql("""
                        select t.name_en || ' ' || h.recognised_from from tier_history h join tier t on t.id = h.tier_id
                        join person p on p.id = h.person_id where p.email = :e""").param("e", bryn).query(String.class).single()).isEqualTo("Trained Leader cymru.xlsx");
        assertThat(count(
                        "select rank from v_person_tier v join person p on p.id = v.person_id where p.email = ?", bryn))
                .isEqualTo(1);
        assertThat(MailLinks.mailTo(mail, siân, "Gwahoddiad i Pathways").text()).contains("Dewiswch");
        assertThat(MailLinks.mailTo(mail, ann, "You are invited to Pathways").text())
                .contains("Choose your password");
        assertThat(count(
                        "select count(*) from audit_event where action = 'PEOPLE_IMPORTED' and subject_id = ?",
                        data.chapterId(CYMRU)))
                .isPositive();

        var again = imports.preview(file, plan, done -> {});
        assertThat(again.rows()).extracting(ImportPreview.Row::status).containsOnly(Status.UNCHANGED);
        assertThat(again.institutions()).isEmpty();
        var second = imports.confirm(file, "cymru.xlsx", plan, again.fingerprint(), done -> {});
        assertThat(second.created() + second.updated() + second.invited()).isZero();
        assertThat(count(
                        "select count(*) from account_link l join person p on p.id = l.person_id where p.email = ?",
                        siân))
                .as("no second invitation")
                .isEqualTo(1);
        assertThat(count(
                        "select count(*) from tier_history h join person p on p.id = h.person_id where p.email = ?",
                        bryn))
                .isEqualTo(1);
    }

    @Test
    void anUpdateChangesOnlyWhatTheFileSaysAndAddsRolesWithoutTakingAny() {
        String trainer = data.personWithLogin("TELCO", AppRoles.TRAINER);
        signIn.as(DemoLogins.LEAD);
        byte[] file = csv("Name,Email,Phone,Roles\n,%s,07700 900777,Trainee\n".formatted(trainer.toUpperCase()));

        var plan = plan("TELCO", file);
        var preview = imports.preview(file, plan, done -> {});
        var row = preview.rows().getFirst();
        assertThat(row.status()).isEqualTo(Status.UPDATE);
        assertThat(row.changes())
                .extracting(ImportPreview.Change::field)
                .containsExactly(ImportField.PHONE, ImportField.ROLES);

        var outcome = imports.confirm(file, "update.csv", plan, preview.fingerprint(), done -> {});
        assertThat(outcome.updated()).isEqualTo(1);
        assertThat(outcome.invited()).as("only new people are invited").isZero();
        assertThat(jdbc.sql("select full_name || ' ' || phone from person where email = :e")
                        .param("e", trainer)
                        .query(String.class)
                        .single())
                .as("an empty name cell keeps the name")
                .isEqualTo("Test TRAINER 07700 900777");
        assertThat(jdbc.sql(
                                "select role from person_role r join person p on p.id = r.person_id where p.email = :e order by role")
                        .param("e", trainer)
                        .query(String.class)
                        .list())
                .containsExactly(AppRoles.TRAINEE, AppRoles.TRAINER);
    }

    @Test
    void everyBadRowIsNamedWithItsRowColumnAndReasonAndOnlyTheGoodRowsAreSaved() {
        signIn.as(DemoLogins.ADMIN);
        String good = "good-" + u + "@example.org";
        String twice = "twice-" + u + "@example.org";
        byte[] file = Workbooks.xlsx(List.of(
                List.of("Name", "E-mail", "Roles", "Language", "Institution"),
                List.of("Good Person", good, "", ""),
                List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "f-" + u + "@example.org", "", ""),
                List.of("Right\u202EToLeft", "c-" + u + "@example.org", "", ""),
                List.of("x".repeat(PersonForm.NAME_MAX + 1), "l-" + u + "@example.org", "", ""),
                List.of("One", twice, "", "", "Only On Refused Rows " + u),
                List.of("Two", twice.toUpperCase(), "", "", "Only On Refused Rows " + u),
                List.of("No Address", "not-an-address", "", ""),
                List.of("Odd Role", "r-" + u + "@example.org", "Bishop", ""),
                List.of("Odd Language", "g-" + u + "@example.org", "", "Klingon"),
                List.of("", "n-" + u + "@example.org", "", "")));

        var plan = plan("TELCO", file);
        var rows = byRow(imports.preview(file, plan, done -> {}));

        assertThat(rows.get(2).status()).isEqualTo(Status.NEW);
        assertThat(rows.get(3).problem()).isEqualTo("import.row.formula");
        assertThat(rows.get(3).problemArguments()).startsWith(3, "Name");
        assertThat(rows.get(4).problem()).isEqualTo("import.row.invisible");
        assertThat(rows.get(5).problem()).isEqualTo("import.row.too-long");
        assertThat(rows.get(6).status()).isEqualTo(Status.DUPLICATE);
        assertThat(rows.get(6).problemArguments()).containsExactly(6, "E-mail", 7);
        assertThat(rows.get(7).status()).isEqualTo(Status.DUPLICATE);
        assertThat(rows.get(8).problem()).isEqualTo("import.row.email");
        assertThat(rows.get(9).problem()).isEqualTo("import.row.role");
        assertThat(rows.get(10).problem()).isEqualTo("import.row.language");
        assertThat(rows.get(11).problem()).isEqualTo("import.row.name-missing");

        var preview = imports.preview(file, plan, done -> {});
        assertThat(preview.institutions())
                .as("only rows that are saved create an institution")
                .isEmpty();
        var outcome = imports.confirm(file, "bad.xlsx", plan, preview.fingerprint(), done -> {});
        assertThat(count("select count(*) from institution where name = ?", "Only On Refused Rows " + u))
                .isZero();
        assertThat(outcome.created()).isEqualTo(1);
        assertThat(outcome.skipped()).isEqualTo(9);
        assertThat(count("select count(*) from person where email like ?", "%-" + u + "@example.org"))
                .isEqualTo(1);

        // Excel writes a control character as _x0007_; a CSV carries it as it is.
        byte[] bell = csv("Name,E-mail\nBell\u0007Person,bell-%s@example.org\n".formatted(u));
        assertThat(imports.preview(bell, plan("TELCO", bell), done -> {})
                        .rows()
                        .getFirst()
                        .problem())
                .isEqualTo("import.row.invisible");
    }

    @Test
    void aLeadImportsOnlyIntoTheirOwnChapterAndOnlyWhatALeadMay() {
        String lead = data.personWithLogin("TELCO", AppRoles.CHAPTER_LEAD);
        String otherLead = data.personWithLogin("TELCO", AppRoles.CHAPTER_LEAD);
        String elsewhere = data.personWithLogin(CYMRU, AppRoles.TRAINEE);
        String trainer = data.personWithLogin("TELCO", AppRoles.TRAINER);
        String fresh = "fresh-" + u + "@example.org";
        byte[] file = csv("""
                Name;E-mail;Roles;Institution;Tier
                Fresh Person;%s;Trainer;St Anne's Parish,  Stratford;
                Someone;%s;;;
                Another Lead;%s;;;
                Would Be Lead;lead-%s@example.org;Chapter lead;;
                Welsh School;school-%s@example.org;;Ysgol Glantaf;
                """.formatted(fresh, elsewhere, otherLead, u, u));

        signIn.as(trainer);
        assertThatThrownBy(() -> imports.columns(file)).isInstanceOf(AccessDeniedException.class);

        signIn.as(lead);
        assertThatThrownBy(() -> imports.preview(file, plan(CYMRU, file), done -> {}))
                .as("into another chapter")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.confirm(file, "x.csv", plan(CYMRU, file), "any", done -> {}))
                .as("confirmed into another chapter")
                .isInstanceOf(AccessDeniedException.class);
        var columns = imports.columns(file);
        assertThat(columns.fields()).doesNotContain(ImportField.TIER);
        assertThat(columns.guessedFields().get(4))
                .as("a lead's tier column is not read")
                .isEqualTo(ImportField.IGNORE);
        var withTier = new ArrayList<>(columns.guessedFields());
        withTier.set(4, ImportField.TIER);
        assertThatThrownBy(() -> imports.preview(
                        file, new ImportPlan(data.chapterId("TELCO"), withTier, Map.of(), true), done -> {}))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.tier-admin-only"));

        var plan = plan("TELCO", file);
        var rows = byRow(imports.preview(file, plan, done -> {}));
        assertThat(rows.get(2).status()).isEqualTo(Status.NEW);
        assertThat(rows.get(2).institution()).isEqualTo("St Anne's Parish, Stratford");
        assertThat(rows.get(3).status()).isEqualTo(Status.NOT_HERE);
        assertThat(rows.get(4).status())
                .as("worded exactly as someone of another chapter")
                .isEqualTo(Status.NOT_HERE);
        assertThat(rows.get(3).problem()).isEqualTo(rows.get(4).problem()).isEqualTo("import.row.not-here");
        assertThat(rows.get(3).fullName()).as("nothing of them is revealed").isEqualTo("Someone");
        assertThat(rows.get(5).problem()).isEqualTo("import.row.role-not-yours");
        assertThat(rows.get(6).problem()).isEqualTo("import.row.other-chapter-institution");

        var preview = imports.preview(file, plan, done -> {});
        imports.confirm(file, "telco.csv", plan, preview.fingerprint(), done -> {});
        assertThat(count("select count(*) from person where email = ?", fresh)).isEqualTo(1);
        assertThat(count("select count(*) from person where email like ?", "%-" + u + "@example.org"))
                .as("only the good row")
                .isEqualTo(1);
    }

    @Test
    void aNearMissOffersDidYouMeanAndThePersonChooses() {
        signIn.as(DemoLogins.ADMIN);
        String email = "near-" + u + "@example.org";
        byte[] file = csv("Name,E-mail,Institution\nNear Miss,%s,Bow Comunity Mosque %s\n".formatted(email, u));
        jdbc.sql("insert into institution (chapter_id, name, kind) values (:c, :n, 'FAITH_GROUP')")
                .param("c", data.chapterId("TELCO"))
                .param("n", "Bow Community Mosque " + u)
                .update();
        long existing = count("select id from institution where name = ?", "Bow Community Mosque " + u);

        var plan = plan("TELCO", file);
        var match = imports.preview(file, plan, done -> {}).institutions().getFirst();
        assertThat(match.suggestion()).isEqualTo("Bow Community Mosque " + u);
        assertThat(match.chosenId()).as("the near name is offered first").isEqualTo(existing);

        var create = plan.withInstitution(match.key(), ImportPlan.CREATE);
        var preview = imports.preview(file, create, done -> {});
        assertThat(preview.institutions().getFirst().created()).isTrue();
        imports.confirm(file, "near.csv", create, preview.fingerprint(), done -> {});
        assertThat(jdbc.sql(
                                "select i.name from person p join institution i on i.id = p.institution_id where p.email = :e")
                        .param("e", email)
                        .query(String.class)
                        .single())
                .isEqualTo("Bow Comunity Mosque " + u);
    }

    @Test
    void nobodyAddsRolesToThemselvesAndAnInactiveInstitutionIsNotReused() {
        String admin = data.personWithLogin("TELCO", AppRoles.ADMIN);
        jdbc.sql("insert into institution (chapter_id, name, kind, active) values (:c, :n, 'OTHER', false)")
                .param("c", data.chapterId("TELCO"))
                .param("n", "Closed Chapel " + u)
                .update();
        signIn.as(admin);
        byte[] file = csv(
                "Name,E-mail,Roles,Institution\nMe,%s,Chapter lead,\nClosed,closed-%s@example.org,,closed chapel %s\n"
                        .formatted(admin, u, u));
        var rows = byRow(imports.preview(file, plan("TELCO", file), done -> {}));
        assertThat(rows.get(2).problem()).isEqualTo("import.row.own-roles");
        assertThat(rows.get(3).problem()).isEqualTo("import.row.institution-inactive");
    }

    @Test
    void aPreviewThatNoLongerHoldsSavesNothing() {
        signIn.as(DemoLogins.ADMIN);
        String first = "first-" + u + "@example.org";
        String taken = "meanwhile-" + u + "@example.org";
        byte[] file = csv("Name,E-mail\nFirst,%s\nTaken,%s\n".formatted(first, taken));
        var plan = plan("TELCO", file);
        var preview = imports.preview(file, plan, done -> {});
        // Meanwhile someone else adds one of the people by hand.
        jdbc.sql("insert into person (full_name, email, chapter_id) values ('Taken', :e, :c)")
                .param("e", taken)
                .param("c", data.chapterId("TELCO"))
                .update();

        assertThatThrownBy(() -> imports.confirm(file, "stale.csv", plan, preview.fingerprint(), done -> {}))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.changed"));
        assertThat(count("select count(*) from person where email = ?", first)).isZero();
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void importThreadsNeverTakeOverTheExecutorThatSendsMail() {
        // An Executor bean of ours would make Spring Boot drop its own, and mail would queue behind imports.
        assertThat(context.containsBean("applicationTaskExecutor")).isTrue();
        assertThat(context.getBeansOfType(java.util.concurrent.Executor.class)).containsKey("applicationTaskExecutor");
    }

    @Test
    void judgingAFileRunsTheSameStatementsForTwentyRowsOrTwoHundred() {
        signIn.as(DemoLogins.ADMIN);
        byte[] small = rowsOf(20);
        byte[] large = rowsOf(200);
        var smallPlan = plan("TELCO", small);
        var largePlan = plan("TELCO", large);
        var twenty = StatementCounter.sqlOf(() -> imports.preview(small, smallPlan, done -> {}));
        var twoHundred = StatementCounter.sqlOf(() -> imports.preview(large, largePlan, done -> {}));
        assertThat(twoHundred).hasSameSizeAs(twenty);
    }

    private byte[] rowsOf(int count) {
        var csv = new StringBuilder("Name,E-mail,Institution\n");
        for (int i = 0; i < count; i++) {
            csv.append("Person ")
                    .append(i)
                    .append(",p")
                    .append(i)
                    .append('-')
                    .append(u)
                    .append("@example.org,")
                    .append(i % 2 == 0 ? "Bow Community Mosque" : "Newham Sixth Form College")
                    .append('\n');
        }
        return csv(csv.toString());
    }

    private static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
