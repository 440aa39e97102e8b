package org.communityorganising.pathways.progression.routes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.privacy.PersonalDataService;
import org.communityorganising.pathways.progression.practice.PracticeForm;
import org.communityorganising.pathways.progression.practice.PracticeKind;
import org.communityorganising.pathways.progression.practice.PracticeService;
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
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * Accredited routes on real PostgreSQL: hours fill themselves from the register and from
 * confirmed practice with a time, within the route's window; trainers of the leader's chapter sign
 * off full buckets, never their own; nobody else reads a portfolio; the evidence pack is in the
 * person's language, neutralised and audited.
 */
@IntegrationTest
class RoutesTest {

    @Autowired
    RouteService routes;

    @Autowired
    PortfolioService portfolios;

    @Autowired
    PracticeService practice;

    @Autowired
    org.communityorganising.pathways.attendance.AttendanceService attendance;

    @Autowired
    PersonalDataService privacy;

    @Autowired
    LeaderFixtures fixtures;

    @Autowired
    TestData data;

    @Autowired
    SignIn signIn;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    /** A route of three buckets: Learning 10 h (sessions), Research 5 h (one-to-ones, research), Action 50 h. */
    private long route() {
        signIn.as(DemoLogins.ADMIN);
        long id = routes.save(
                null,
                new RouteForm(
                        "Route " + UUID.randomUUID(),
                        "Llwybr",
                        "Awarding Body",
                        6,
                        24,
                        true,
                        List.of(
                                new BucketForm(null, "Learning", "Dysgu", 10, true, Set.of()),
                                new BucketForm(
                                        null,
                                        "Research",
                                        "Ymchwil",
                                        5,
                                        false,
                                        Set.of(PracticeKind.ONE_TO_ONE, PracticeKind.RESEARCH_ACTION)),
                                new BucketForm(
                                        null, "Action", "Gweithredu", 50, false, Set.of(PracticeKind.PUBLIC_ACTION))),
                        0));
        SignIn.out();
        return id;
    }

    /** The leader joins the route and, as if ninety days ago, so that last month's course counts. */
    private long joinedNinetyDaysAgo(String leader, long route) {
        signIn.as(leader);
        long portfolio = portfolios.join(route);
        SignIn.out();
        jdbc.sql("update route_portfolio set joined_on = joined_on - 90 where id = :id")
                .param("id", portfolio)
                .update();
        return portfolio;
    }

    private long logOneToOne(String leader, int minutes) {
        signIn.as(leader);
        long entry = practice.log(new PracticeForm(
                PracticeKind.ONE_TO_ONE, fixtures.today().minusDays(2), null, null, null, null, null, minutes, 0));
        SignIn.out();
        return entry;
    }

    private void confirm(long entry) {
        signIn.as(DemoLogins.TRAINER);
        practice.confirm(entry, 0);
        SignIn.out();
    }

    private static BucketProgress bucket(Portfolio portfolio, String name) {
        return portfolio.buckets().stream()
                .filter(b -> b.bucket().nameEn().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aLeadersHoursFillThemselvesFromTheRegisterAndFromConfirmedPracticeWithinTheWindow() {
        long route = route();
        String leader = fixtures.trainedLeader(); // two 6-hour sessions of CLT, 60 and 59 days ago
        long id = joinedNinetyDaysAgo(leader, route);
        confirm(logOneToOne(leader, 45));
        logOneToOne(leader, 60); // waiting for the trainer: does not count yet
        fixtures.confirmedOneToOnes(leader, 3); // confirmed, but without a time: counts for tiers, not hours
        // Confirmed, timed, but from before the leader joined: outside the window.
        jdbc.sql("""
                        insert into practice_entry (person_id, kind, occurred_on, status, created_at, duration_minutes)
                        values (:p, 'RESEARCH_ACTION', :on, 'CONFIRMED', now(), 600)""")
                .param("p", data.personId(leader))
                .param("on", fixtures.today().minusDays(120))
                .update();

        signIn.as(leader);
        var portfolio = portfolios.portfolio(id);

        assertThat(portfolio.own()).isTrue();
        assertThat(portfolio.mayChange()).as("nobody signs off their own").isFalse();
        assertThat(bucket(portfolio, "Learning").minutes()).isEqualTo(12 * 60);
        assertThat(bucket(portfolio, "Learning").met()).isTrue();
        assertThat(bucket(portfolio, "Research").minutes()).isEqualTo(45);
        assertThat(bucket(portfolio, "Research").met()).isFalse();
        assertThat(bucket(portfolio, "Action").minutes()).isZero();
        assertThat(portfolio.items()).hasSize(3);
        assertThat(portfolio.items().getFirst().sessionLabel(java.util.Locale.UK))
                .contains("Community Leadership Training", "CLT for " + leader);
        assertThat(portfolio.daysLeft(fixtures.today())).isPositive();
        assertThat(portfolios.mine()).extracting(PortfolioListItem::id).contains(id);
    }

    @Test
    void aTrainerOfTheChapterSignsOffAFullBucketOnceButNeverAnEmptyOneNorTheirOwn() {
        long route = route();
        String leader = fixtures.trainedLeader();
        long id = joinedNinetyDaysAgo(leader, route);
        long learning = bucket(asAdmin(id), "Learning").bucket().id();
        long research = bucket(asAdmin(id), "Research").bucket().id();

        signIn.as(leader);
        assertThatThrownBy(() -> portfolios.signOff(id, learning)).isInstanceOf(AccessDeniedException.class);

        signIn.as(DemoLogins.TRAINER);
        portfolios.signOff(id, learning);
        var signed = portfolios.portfolio(id);
        assertThat(bucket(signed, "Learning").signOff()).isNotNull();
        assertThat(bucket(signed, "Learning").signOff().minutes()).isEqualTo(12 * 60);
        assertThat(fixtures.auditActionsAbout("person", data.personId(leader))).contains("ROUTE_BUCKET_SIGNED_OFF");
        assertThatThrownBy(() -> portfolios.signOff(id, learning))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("routes.error.already-signed");
        assertThatThrownBy(() -> portfolios.signOff(id, research))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("routes.error.not-met");

        long otherRoutesBucket = bucket(asAdmin(joinedNinetyDaysAgo(fixtures.trainedLeader(), route())), "Learning")
                .bucket()
                .id();
        signIn.as(DemoLogins.TRAINER);
        assertThatThrownBy(() -> portfolios.signOff(id, otherRoutesBucket))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("routes.error.bucket-unknown");

        // A trainer on a route themselves cannot sign off their own bucket.
        String trainer = data.personWithLogin("TELCO", "TRAINER");
        long own = joinedNinetyDaysAgo(trainer, route);
        signIn.as(trainer);
        assertThatThrownBy(() -> portfolios.signOff(own, learning)).isInstanceOf(AccessDeniedException.class);
    }

    private long asAdminBuckets(long id) {
        return asAdmin(id).buckets().getFirst().bucket().id();
    }

    private Portfolio asAdmin(long id) {
        signIn.as(DemoLogins.ADMIN);
        try {
            return portfolios.portfolio(id);
        } finally {
            SignIn.out();
        }
    }

    @Test
    void nobodyOutsideTheLeaderAndTheirChaptersTrainersReadsAPortfolio() {
        long route = route();
        String leader = fixtures.trainedLeader();
        long id = joinedNinetyDaysAgo(leader, route);

        signIn.as(data.personWithLogin("TELCO", "TRAINEE"));
        assertThatThrownBy(() -> portfolios.portfolio(id))
                .as("another trainee of the chapter")
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> portfolios.evidencePdf(id)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> portfolios.inChapter(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> portfolios.leave(id, 0)).isInstanceOf(InvalidInputException.class);

        String south = data.personWithLogin("South London Citizens", "TRAINER");
        signIn.as(south);
        assertThatThrownBy(() -> portfolios.portfolio(id))
                .as("a trainer of another chapter: the same answer as an unknown id")
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("routes.error.portfolio-not-found");
        assertThatThrownBy(() -> portfolios.portfolio(Long.MAX_VALUE))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("routes.error.portfolio-not-found");
        assertThatThrownBy(() -> portfolios.inChapter(data.chapterId("TELCO"), 0, 10))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> portfolios.evidenceCsv(id)).isInstanceOf(InvalidInputException.class);
        long anyBucket = asAdminBuckets(id);
        signIn.as(south);
        assertThatThrownBy(() -> portfolios.signOff(id, anyBucket)).isInstanceOf(InvalidInputException.class);
        long leaderId = data.personId(leader);
        var today = fixtures.today();
        assertThatThrownBy(() -> attendance.attendedSessions(leaderId, today.minusYears(1), today))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practice.timedPractice(leaderId, today.minusYears(1), today))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(data.personWithLogin("TELCO", "TRAINEE"));
        assertThatThrownBy(() -> attendance.attendedSessions(leaderId, today.minusYears(1), today))
                .as("another trainee of the same chapter")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> practice.timedPractice(leaderId, today.minusYears(1), today))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(south);
        assertThat(portfolios.inChapter(null, 0, 500))
                .extracting(PortfolioListItem::id)
                .doesNotContain(id);

        signIn.as(DemoLogins.LEAD);
        assertThat(portfolios.inChapter(null, 0, 500))
                .extracting(PortfolioListItem::id)
                .contains(id);

        SignIn.out();
        assertThatThrownBy(() -> portfolios.portfolio(id))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> routes.open()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void theEvidencePackIsInThePersonsLanguageWithHostileTextNeutralisedAndItsDownloadAudited() throws Exception {
        long route = route();
        String leader = fixtures.trainedLeader();
        data.setLanguage(leader, "cy");
        jdbc.sql("update cohort set name = :name where name = :old")
                .param("name", "=HYPERLINK(\"http://evil\") <b>Ŵyn</b>")
                .param("old", "CLT for " + leader)
                .update();
        long id = joinedNinetyDaysAgo(leader, route);
        jdbc.sql("update route_bucket set name_cy = :name where route_id = :route and position = 1")
                .param("name", "=HYPERLINK(\"http://evil\")")
                .param("route", route)
                .update();

        signIn.as(DemoLogins.TRAINER);
        String csv = new String(portfolios.evidenceCsv(id), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFBwced,Dyddiad,Gweithgaredd,Ffynhonnell,Oriau");
        assertThat(csv)
                .contains("\n\"'=HYPERLINK(\"\"http://evil\"\")\",")
                .contains(",Cofrestr,6")
                .doesNotContain("\n=HYPERLINK")
                .doesNotContain("\n\"=HYPERLINK");
        String text;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(portfolios.evidencePdf(id))) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
        }
        assertThat(text).contains("Pecyn tystiolaeth", "Test TRAINEE", "=HYPERLINK", "Ŵyn");
        assertThat(fixtures.auditActionsAbout("person", data.personId(leader)))
                .filteredOn("EVIDENCE_PACK_EXPORTED"::equals)
                .hasSize(2);
    }

    @Test
    void onlyAdministratorsShapeRoutesAndTheServiceRefusesWhatTheFormWouldNot() {
        long route = route();
        signIn.as(DemoLogins.TRAINER);
        assertThatThrownBy(() -> routes.all()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> routes.save(null, RouteForm.empty())).isInstanceOf(AccessDeniedException.class);

        signIn.as(DemoLogins.ADMIN);
        var shape =
                routes.all().stream().filter(r -> r.id() == route).findFirst().orElseThrow();
        var form = shape.form();
        var twice = form.withBuckets(List.of(
                new BucketForm(null, "A", "A", 5, false, Set.of(PracticeKind.ONE_TO_ONE)),
                new BucketForm(null, "B", "B", 5, false, Set.of(PracticeKind.ONE_TO_ONE))));
        assertThatThrownBy(() -> routes.save(route, twice)).hasMessageContaining("routes.error.kind-twice");
        var trainingTwice = form.withBuckets(List.of(
                new BucketForm(null, "A", "A", 5, true, Set.of()), new BucketForm(null, "B", "B", 5, true, Set.of())));
        assertThatThrownBy(() -> routes.save(route, trainingTwice)).hasMessageContaining("routes.error.training-twice");
        var nothing = form.withBuckets(List.of(new BucketForm(null, "A", "A", 5, false, Set.of())));
        assertThatThrownBy(() -> routes.save(route, nothing)).hasMessageContaining("routes.error.bucket-source");
        var inverted = new RouteForm(
                form.nameEn(), form.nameCy(), form.awardingBody(), 30, 12, true, form.buckets(), form.version());
        assertThatThrownBy(() -> routes.save(route, inverted)).hasMessageContaining("routes.error.months");
        var formula = new RouteForm(
                "Route\u0007bell", form.nameCy(), form.awardingBody(), 6, 24, true, form.buckets(), form.version());
        assertThatThrownBy(() -> routes.save(route, formula)).isInstanceOf(InvalidInputException.class);
        var stale =
                new RouteForm(form.nameEn(), form.nameCy(), "Changed", 6, 24, true, form.buckets(), form.version() + 5);
        assertThatThrownBy(() -> routes.save(route, stale))
                .isInstanceOf(org.communityorganising.pathways.base.ConcurrentChangeException.class);

        // A bucket signed off for someone is evidence: it cannot be removed.
        String leader = fixtures.trainedLeader();
        long portfolio = joinedNinetyDaysAgo(leader, route);
        signIn.as(DemoLogins.TRAINER);
        portfolios.signOff(portfolio, shape.buckets().getFirst().id());
        signIn.as(DemoLogins.ADMIN);
        var withoutLearning = form.withBuckets(form.buckets().subList(1, 3));
        assertThatThrownBy(() -> routes.save(route, withoutLearning))
                .hasMessageContaining("routes.error.bucket-signed");
        // Sessions may move to another bucket in one save.
        var moved = new java.util.ArrayList<>(form.buckets());
        var first = moved.get(0);
        var second = moved.get(1);
        moved.set(
                0,
                new BucketForm(first.id(), first.nameEn(), first.nameCy(), 10, false, Set.of(PracticeKind.MENTORING)));
        moved.set(1, new BucketForm(second.id(), second.nameEn(), second.nameCy(), 5, true, second.practiceKinds()));
        routes.save(route, form.withBuckets(moved));
        form = routes.all().stream()
                .filter(r -> r.id() == route)
                .findFirst()
                .orElseThrow()
                .form();
        assertThat(form.buckets()).extracting(BucketForm::countsTraining).containsExactly(false, true, false);
        // Renaming it and adding one is fine.
        var renamed = new java.util.ArrayList<>(form.buckets());
        var learning = renamed.getFirst();
        renamed.set(0, new BucketForm(learning.id(), "Learning and training", "Dysgu", 10, true, Set.of()));
        var research = renamed.get(1);
        renamed.set(
                1,
                new BucketForm(
                        research.id(), research.nameEn(), research.nameCy(), 5, false, research.practiceKinds()));
        renamed.add(new BucketForm(null, "Evaluation", "Gwerthuso", 5, false, Set.of(PracticeKind.MENTORING)));
        routes.save(route, form.withBuckets(renamed));
        var saved =
                routes.all().stream().filter(r -> r.id() == route).findFirst().orElseThrow();
        assertThat(saved.buckets())
                .extracting(RouteBucket::nameEn)
                .containsExactly("Learning and training", "Research", "Action", "Evaluation");
    }

    @Test
    void aLeaderLeavesARouteAndMayJoinItAgainButNeverTwiceAtOnce() {
        long route = route();
        String leader = fixtures.trainedLeader();
        long first = joinedNinetyDaysAgo(leader, route);
        signIn.as(leader);
        assertThatThrownBy(() -> portfolios.join(route)).hasMessageContaining("routes.error.already-on");
        portfolios.leave(first, 0);
        assertThat(portfolios.portfolio(first).status()).isEqualTo(PortfolioStatus.LEFT);
        signIn.as(DemoLogins.TRAINER);
        long learningOfLeft =
                bucket(portfolios.portfolio(first), "Learning").bucket().id();
        assertThatThrownBy(() -> portfolios.signOff(first, learningOfLeft))
                .as("a portfolio its leader has left is closed")
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(leader);
        long again = portfolios.join(route);
        assertThat(again).isNotEqualTo(first);
        assertThat(bucket(portfolios.portfolio(again), "Learning").minutes())
                .as("hours count from the new day of joining")
                .isZero();
        assertThat(portfolios.mine()).extracting(PortfolioListItem::id).contains(first, again);
        assertThat(fixtures.auditActionsAbout("person", data.personId(leader))).contains("ROUTE_JOINED", "ROUTE_LEFT");

        String exported = new String(privacy.exportMine(PersonalDataService.Format.JSON), StandardCharsets.UTF_8);
        assertThat(exported).contains("Awarding Body");
    }

    @Test
    void openingAPortfolioRunsTheSameStatementsWhateverItsEvidence() {
        long route = route();
        String small = fixtures.trainedLeader();
        long few = joinedNinetyDaysAgo(small, route);
        String busy = fixtures.trainedLeader();
        long many = joinedNinetyDaysAgo(busy, route);
        jdbc.sql("""
                        insert into practice_entry (person_id, kind, occurred_on, status, created_at, duration_minutes)
                        select :p, 'ONE_TO_ONE', :on, 'CONFIRMED', now(), 45 from generate_series(1, 40)""")
                .param("p", data.personId(busy))
                .param("on", fixtures.today().minusDays(5))
                .update();

        signIn.as(DemoLogins.TRAINER);
        int fewStatements =
                StatementCounter.sqlOf(() -> portfolios.portfolio(few)).size();
        int manyStatements =
                StatementCounter.sqlOf(() -> portfolios.portfolio(many)).size();
        assertThat(portfolios.portfolio(many).items()).hasSize(42);
        assertThat(manyStatements).isEqualTo(fewStatements).isLessThanOrEqualTo(10);
    }
}
