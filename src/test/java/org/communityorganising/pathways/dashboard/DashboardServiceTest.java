package org.communityorganising.pathways.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.LeaderFixtures;
import org.communityorganising.pathways.support.SignIn;
import org.communityorganising.pathways.support.StatementCounter;
import org.communityorganising.pathways.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/** The chapter dashboard over the demo's year of TELCO: what a lead reads, and who may not read it. */
@IntegrationTest
class DashboardServiceTest {

    @Autowired
    DashboardService dashboards;

    @Autowired
    SignIn signIn;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LeaderFixtures fixtures;

    @Autowired
    org.communityorganising.pathways.support.MutableClock clock;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theLeadSeesTheirChapterInCountsThatOpenTheirLists() {
        // Built here: the demo's own registers may be gone (the retention test runs the clock years on).
        String leader = fixtures.trainedLeader();
        fixtures.confirmedOneToOnes(leader, 6);
        long ready = data.personId(leader);
        signIn.as(DemoLogins.LEAD);
        long telco = data.chapterId("TELCO");
        // Computed now: a snapshot served from an earlier test would not count this leader.
        var dashboard = dashboards.recomputeChapter(telco);

        assertThat(dashboard.chapterName()).isEqualTo("TELCO");
        assertThat(dashboard.tiers())
                .extracting(ChapterDashboard.TierCount::rank)
                .containsExactly(0, 1, 2, 3, 4);
        assertThat(dashboard.tiers().stream()
                        .mapToInt(ChapterDashboard.TierCount::people)
                        .sum())
                .isGreaterThanOrEqualTo(40);
        assertThat(dashboard.movedUp()).isGreaterThanOrEqualTo(5);
        assertThat(dashboard.waiting().total()).isGreaterThanOrEqualTo(3);
        assertThat(dashboard.waiting().secondApprover()).isGreaterThanOrEqualTo(1);
        assertThat(dashboard.waiting().oldestDays()).isGreaterThanOrEqualTo(20);

        assertThat(status(dashboard, "Forest Gate Methodist Church")).isEqualTo(InstitutionStatus.QUIET);
        assertThat(status(dashboard, "Plaistow Tenants' Association")).isEqualTo(InstitutionStatus.NO_LEADERS);
        assertThat(status(dashboard, "St Anne's Parish, Stratford")).isEqualTo(InstitutionStatus.STRONG);
        assertThat(status(dashboard, "Bow Community Mosque")).isEqualTo(InstitutionStatus.GROWING);

        // By the tiers' keep-up rule: lapsed first, then those due for renewal.
        assertThat(names(telco, DashboardList.LAPSING))
                .startsWith("Dennis Whitmore")
                .contains("Margaret Ellis", "Samuel Addo", "Imran Chowdhury")
                .doesNotContain("Ruth Ogunleye");
        // Ready: a leader who meets everything for Trained Leader; Priya has asked already.
        assertThat(dashboards.list(telco, DashboardList.READY, 0))
                .extracting(PersonLine::personId)
                .contains(ready);
        assertThat(names(telco, DashboardList.READY)).doesNotContain("Priya Patel");
        assertThat(names(telco, DashboardList.PRACTICE_WAITING)).contains("Luke Barnes", "Tariq Aziz");
        assertThat(names(telco, DashboardList.MOVED_UP)).contains("Maria Santos", "Aisha Begum");
        assertThat(dashboards.list(telco, DashboardList.TIER, 3))
                .extracting(PersonLine::fullName)
                .contains("Ruth Ogunleye", "Grace Adeyemi");
        assertThat(dashboard.attention().lapsing())
                .isEqualTo(names(telco, DashboardList.LAPSING).size());

        assertThat(dashboard.comingCohorts()).anySatisfy(cohort -> {
            assertThat(cohort.name()).isEqualTo("TELCO new year cohort");
            assertThat(cohort.placesLeft()).isEqualTo(17);
        });
        assertThat(dashboard.finishedCohorts())
                .extracting(ChapterDashboard.CohortOutcome::name)
                .contains("TELCO winter cohort", "TELCO summer cohort");
        assertThat(dashboard.months()).hasSize(12);
        assertThat(dashboard.months().stream()
                        .mapToInt(ChapterDashboard.Month::oneToOnes)
                        .sum())
                .isGreaterThan(100);
    }

    @Test
    void anInstitutionPageShowsCountsAndPeopleButNoPracticeContent() {
        signIn.as(DemoLogins.LEAD);
        long forestGate = institution("Forest Gate Methodist Church");
        var page = dashboards.institution(forestGate);
        assertThat(page.health().status()).isEqualTo(InstitutionStatus.QUIET);
        assertThat(page.members())
                .extracting(InstitutionPage.Member::fullName)
                .containsExactlyInAnyOrder("Margaret Ellis", "Samuel Addo", "Rose Whitfield", "Dennis Whitmore");
        assertThat(page.practiceLastYear())
                .extracting(InstitutionPage.KindCount::kind)
                .containsOnly("ONE_TO_ONE");
        // Read for this institution alone, its health is the dashboard's row for it, and its tiers
        // count its own people.
        var row = dashboards.recomputeChapter(page.chapterId()).institutions().stream()
                .filter(health -> health.id() == forestGate)
                .findFirst()
                .orElseThrow();
        assertThat(page.health()).isEqualTo(row);
        assertThat(page.tiers().stream()
                        .mapToInt(ChapterDashboard.TierCount::people)
                        .sum())
                .isEqualTo(page.members().size());
        // It reads its own people, not the chapter's: every statement over people is narrowed to
        // the institution, none by a catch-all filter, and their number is fixed.
        var statements = StatementCounter.sqlOf(() -> dashboards.institution(forestGate));
        assertThat(statements).hasSize(11).noneMatch(sql -> sql.contains("is null or"));
        assertThat(statements)
                .filteredOn(sql -> sql.contains("v_person p"))
                .hasSizeGreaterThanOrEqualTo(6)
                .allMatch(sql -> sql.contains("institution_id = ?"), "narrowed to the institution");
    }

    @Test
    void aLeadOfAnotherChapterATrainerAndATraineeAreRefused() {
        long telco = data.chapterId("TELCO");
        long stAnnes = institution("St Anne's Parish, Stratford");

        signIn.as(data.personWithLogin("South London Citizens", "CHAPTER_LEAD"));
        assertThatThrownBy(() -> dashboards.chapter(telco)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.list(telco, DashboardList.LAPSING, 0))
                .isInstanceOf(AccessDeniedException.class);
        // Another chapter's institution reads as one that does not exist: an id says nothing.
        assertThatThrownBy(() -> dashboards.institution(stAnnes)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> dashboards.institution(Long.MAX_VALUE)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> dashboards.institutionsCsv(telco)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.national()).isInstanceOf(AccessDeniedException.class);
        // The background refresh is refused before it starts, not inside its future.
        assertThatThrownBy(() -> dashboards.refreshChapter(telco)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.recomputeChapter(telco)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboards.refreshNational()).isInstanceOf(AccessDeniedException.class);

        for (String login : new String[] {DemoLogins.TRAINER, DemoLogins.TRAINEE}) {
            signIn.as(login);
            assertThatThrownBy(() -> dashboards.chapter(telco)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> dashboards.institution(stAnnes)).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> dashboards.list(telco, DashboardList.READY, 0))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theAdministratorComparesEveryChapter() {
        signIn.as(DemoLogins.ADMIN);
        var national = dashboards.recomputeNational().chapters();
        assertThat(national).extracting(NationalRow::name).contains("TELCO", "Citizens Cymru Wales");
        var telco = national.stream()
                .filter(row -> row.name().equals("TELCO"))
                .findFirst()
                .orElseThrow();
        assertThat(telco.leaders()).isGreaterThanOrEqualTo(18);
        assertThat(telco.requestsWaiting()).isGreaterThanOrEqualTo(3);
        assertThat(telco.needsAttention(7)).isTrue();
        assertThat(dashboards.chapter(data.chapterId("Citizens Cymru Wales")).chapterName())
                .isEqualTo("Citizens Cymru Wales");
    }

    @Test
    void theStatementsDoNotGrowWithTheChapter() {
        // A chapter of three people against TELCO's forty and a year of activity.
        data.trainees("Citizens:MK", 3);
        signIn.as(DemoLogins.ADMIN);
        long telco = data.chapterId("TELCO");
        long quiet = data.chapterId("Citizens:MK");
        int big =
                StatementCounter.sqlOf(() -> dashboards.recomputeChapter(telco)).size();
        int small =
                StatementCounter.sqlOf(() -> dashboards.recomputeChapter(quiet)).size();
        assertThat(big).isEqualTo(small).isLessThanOrEqualTo(30);
        // The plan setting for the transaction, and the one statement of counts.
        assertThat(StatementCounter.sqlOf(() -> dashboards.recomputeNational())).hasSize(2);
    }

    @Test
    void aSnapshotIsServedAtOnceThenRecomputedInTheBackgroundAsTheReader() throws Exception {
        // A chapter of its own, so that no other test changes its figures meanwhile.
        String name = "Snapshot test chapter " + System.nanoTime();
        jdbc.sql("insert into chapter (name, region) values (:name, 'Test')")
                .param("name", name)
                .update();
        data.trainees(name, 2);
        long chapter = data.chapterId(name);
        signIn.as(DemoLogins.ADMIN);
        var first = dashboards.chapter(chapter);
        assertThat(people(first)).isEqualTo(2);

        // Served again without computing: the scope check alone, and the same figures.
        data.trainees(name, 1);
        var sql = StatementCounter.sqlOf(
                () -> assertThat(dashboards.chapter(chapter)).isSameAs(first));
        assertThat(sql).hasSizeLessThanOrEqualTo(2);
        assertThat(dashboards.isStale(first)).isFalse();

        clock.advance(java.time.Duration.ofMinutes(2));
        try {
            // Older than a minute: still what the page shows first, and stale, so the page refreshes.
            assertThat(dashboards.chapter(chapter)).isSameAs(first);
            assertThat(dashboards.isStale(first)).isTrue();
            var fresh = dashboards.refreshChapter(chapter).get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(people(fresh)).isEqualTo(3);
            assertThat(fresh.asOf()).isAfter(first.asOf());
            assertThat(dashboards.chapter(chapter)).isSameAs(fresh);

            // Older than what may be shown at all: computed while the reader waits.
            data.trainees(name, 1);
            clock.advance(dashboards.settings().keptFor().plusMinutes(1));
            assertThat(people(dashboards.chapter(chapter))).isEqualTo(4);
        } finally {
            clock.reset();
        }
    }

    @Test
    void aLeadsBackgroundRefreshRunsAsTheLeadAndOnceAtATime() throws Exception {
        String name = "Snapshot lead chapter " + System.nanoTime();
        jdbc.sql("insert into chapter (name, region) values (:name, 'Test')")
                .param("name", name)
                .update();
        signIn.as(data.personWithLogin(name, "CHAPTER_LEAD"));
        long chapter = data.chapterId(name);
        var first = dashboards.refreshChapter(chapter);
        var second = dashboards.refreshChapter(chapter);
        assertThat(first.get(30, java.util.concurrent.TimeUnit.SECONDS).chapterName())
                .isEqualTo(name);
        // Asked again while the first ran: the same computation (or, if it was done, a new one).
        assertThat(second.get(30, java.util.concurrent.TimeUnit.SECONDS).chapterName())
                .isEqualTo(name);
        assertThat(dashboards.chapter(chapter).asOf())
                .isAfterOrEqualTo(first.get().asOf());
        // The lead's own chapter only, in the background as in the foreground.
        assertThatThrownBy(() -> dashboards.refreshChapter(data.chapterId("TELCO")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static int people(ChapterDashboard dashboard) {
        return dashboard.tiers().stream()
                .mapToInt(ChapterDashboard.TierCount::people)
                .sum();
    }

    @Test
    void theInstitutionCsvNeutralisesFormulas() {
        // A chapter of its own, so that no other test counts this institution.
        long wales = jdbc.sql(
                        "insert into chapter (name, region, preferred_language) values (:name, 'Test', 'cy') returning id")
                .param("name", "CSV test chapter " + System.nanoTime())
                .query(Long.class)
                .single();
        jdbc.sql(
                        "insert into institution (chapter_id, name, kind) values (:chapter, '=HYPERLINK(\"http://x\")', 'OTHER')")
                .param("chapter", wales)
                .update();
        signIn.as(DemoLogins.ADMIN);
        String csv = new String(dashboards.institutionsCsv(wales), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFInstitution,Kind,Status,People,Participant,");
        assertThat(csv).contains("'=HYPERLINK").doesNotContain("\n=HYPERLINK").contains("No leaders yet");
    }

    private java.util.List<String> names(long chapterId, DashboardList list) {
        return dashboards.list(chapterId, list, 0).stream()
                .map(PersonLine::fullName)
                .toList();
    }

    private static InstitutionStatus status(ChapterDashboard dashboard, String name) {
        return dashboard.institutions().stream()
                .filter(row -> row.name().equals(name))
                .findFirst()
                .orElseThrow()
                .status();
    }

    private long institution(String name) {
        return jdbc.sql("select id from institution where name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }
}
