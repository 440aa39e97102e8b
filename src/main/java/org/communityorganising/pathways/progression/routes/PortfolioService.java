package org.communityorganising.pathways.progression.routes;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communityorganising.pathways.attendance.AttendanceService;
import org.communityorganising.pathways.base.ConcurrentChangeException;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.Rows;
import org.communityorganising.pathways.progression.practice.PracticeService;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.CurrentUser;
import org.communityorganising.pathways.security.PathwaysUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leaders' portfolios on accredited routes. A leader joins and leaves a route and reads their own
 * portfolio; trainers and leads of the leader's chapter, and administrators, read it, sign off its
 * buckets (never their own) and download its evidence pack. A portfolio the reader may not see
 * reads like one that does not exist: ids are guessable, portfolios are not.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class PortfolioService {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final RouteService routes;
    private final AttendanceService attendance;
    private final PracticeService practice;
    private final EvidencePack evidencePack;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PortfolioService(
            JdbcClient jdbc,
            CurrentUser currentUser,
            RouteService routes,
            AttendanceService attendance,
            PracticeService practice,
            EvidencePack evidencePack,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.routes = routes;
        this.attendance = attendance;
        this.practice = practice;
        this.evidencePack = evidencePack;
        this.events = events;
        this.clock = clock;
    }

    private static final String LIST = """
            select pf.id, pf.route_id, p.full_name as person_name, r.name_en as route_en, r.name_cy as route_cy, pf.joined_on,
                   (pf.joined_on + make_interval(months => r.max_months))::date as deadline, pf.status,
                   (select count(*) from route_signoff s where s.portfolio_id = pf.id) as signed_off,
                   (select count(*) from route_bucket b where b.route_id = r.id) as buckets
            from route_portfolio pf
            join accredited_route r on r.id = pf.route_id
            join v_person p on p.id = pf.person_id
            """;

    /** The signed-in person's portfolios, open ones first. */
    @Transactional(readOnly = true)
    public List<PortfolioListItem> mine() {
        return jdbc.sql(LIST + " where pf.person_id = :me order by pf.status, pf.joined_on desc, pf.id desc")
                .param("me", currentUser.require().personId())
                .query(PortfolioListItem.ROW)
                .list();
    }

    /** Joins an open route from today; one open portfolio per route. Returns the portfolio's id. */
    public long join(long routeId) {
        long me = currentUser.require().personId();
        var route = routes.route(routeId);
        if (!route.active()) {
            throw new InvalidInputException("routes.error.not-found");
        }
        long id;
        try {
            id = jdbc.sql("""
                            insert into route_portfolio (route_id, person_id, joined_on) values (:route, :me, :today)
                            returning id""")
                    .param("route", routeId)
                    .param("me", me)
                    .param("today", today())
                    .query(Long.class)
                    .single();
        } catch (DuplicateKeyException already) {
            throw new InvalidInputException("routes.error.already-on");
        }
        events.publishEvent(new RouteEvents.RouteJoined(me, id, routeId));
        return id;
    }

    /** Leaves a route: the portfolio is closed, kept with its sign-offs, and counts no further hours. */
    public void leave(long portfolioId, long version) {
        long me = currentUser.require().personId();
        var row = header(portfolioId)
                .filter(found -> found.personId() == me)
                .orElseThrow(() -> new InvalidInputException("routes.error.portfolio-not-found"));
        int updated = jdbc.sql("""
                        update route_portfolio set status = 'LEFT', left_on = :today, version = version + 1
                        where id = :id and person_id = :me and status = 'ACTIVE' and version = :version""")
                .param("today", today())
                .param("id", portfolioId)
                .param("me", me)
                .param("version", version)
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException("portfolio " + portfolioId);
        }
        events.publishEvent(new RouteEvents.RouteLeft(me, portfolioId, row.routeId()));
    }

    /** One portfolio with its hours, evidence and sign-offs: the person's own, or one the reader may sign off. */
    @Transactional(readOnly = true)
    public Portfolio portfolio(long portfolioId) {
        var user = currentUser.require();
        var row = header(portfolioId)
                .filter(found -> mayRead(user, found))
                .orElseThrow(() -> new InvalidInputException("routes.error.portfolio-not-found"));
        return assemble(user, row);
    }

    /**
     * Portfolios of a chapter, open ones first, for its trainers and leads (always their own
     * chapter); administrators any chapter, or every chapter with {@code chapterId} null.
     */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<PortfolioListItem> inChapter(@Nullable Long chapterId, int offset, int limit) {
        var chapter = scope(chapterId);
        return jdbc.sql(LIST + """
                         where (cast(:chapter as bigint) is null or p.chapter_id = :chapter)
                         order by pf.status, p.full_name, pf.id limit :limit offset :offset""")
                .param("chapter", chapter, java.sql.Types.BIGINT)
                .param("limit", Math.max(1, Math.min(limit, 500)))
                .param("offset", Math.max(0, offset))
                .query(PortfolioListItem.ROW)
                .list();
    }

    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    @Transactional(readOnly = true)
    public int countInChapter(@Nullable Long chapterId) {
        var chapter = scope(chapterId);
        return jdbc.sql("""
                        select count(*) from route_portfolio pf join v_person p on p.id = pf.person_id
                        where (cast(:chapter as bigint) is null or p.chapter_id = :chapter)""")
                .param("chapter", chapter, java.sql.Types.BIGINT)
                .query(Integer.class)
                .single();
    }

    /**
     * Signs off one bucket of an open portfolio once its hours are met, recording the hours
     * counted at that moment: trainers and leads of the person's chapter, administrators; never
     * one's own.
     */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    public void signOff(long portfolioId, long bucketId) {
        var user = currentUser.require();
        var portfolio = portfolio(portfolioId);
        if (!portfolio.mayChange()) {
            throw new AccessDeniedException("Only a trainer or lead of the person's chapter, never for oneself");
        }
        var bucket = portfolio.bucket(bucketId);
        if (bucket == null) {
            throw new InvalidInputException("routes.error.bucket-unknown");
        }
        if (!bucket.met()) {
            throw new InvalidInputException(
                    "routes.error.not-met", bucket.bucket().hours());
        }
        int added = jdbc.sql("""
                        insert into route_signoff (portfolio_id, bucket_id, signed_by, signed_at, minutes)
                        values (:portfolio, :bucket, :me, :at, :minutes) on conflict do nothing""")
                .param("portfolio", portfolioId)
                .param("bucket", bucketId)
                .param("me", user.personId())
                .param("at", Timestamp.from(clock.instant()))
                .param("minutes", bucket.minutes())
                .update();
        if (added == 0) {
            throw new InvalidInputException("routes.error.already-signed");
        }
        events.publishEvent(
                new RouteEvents.BucketSignedOff(portfolio.personId(), portfolioId, bucketId, bucket.minutes()));
    }

    /** The evidence pack for the assessor as a PDF, in the person's language; the download is audited. */
    public byte[] evidencePdf(long portfolioId) {
        var portfolio = portfolio(portfolioId);
        events.publishEvent(new RouteEvents.EvidencePackExported(portfolio.personId(), portfolioId, "pdf"));
        return evidencePack.pdf(portfolio, today());
    }

    /** The same evidence, one line per session or practice, as CSV in the person's language. */
    public byte[] evidenceCsv(long portfolioId) {
        var portfolio = portfolio(portfolioId);
        events.publishEvent(new RouteEvents.EvidencePackExported(portfolio.personId(), portfolioId, "csv"));
        return evidencePack.csv(portfolio);
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LondonTime.ZONE);
    }

    private @Nullable Long scope(@Nullable Long chapterId) {
        var user = currentUser.require();
        if (user.isAdmin()) {
            return chapterId;
        }
        if (user.chapterId() == null || (chapterId != null && !chapterId.equals(user.chapterId()))) {
            throw new AccessDeniedException("Only your own chapter");
        }
        return user.chapterId();
    }

    /** The portfolio's own row and its person's, without hours. */
    private record Header(
            long id,
            long routeId,
            long personId,
            String personName,
            String language,
            @Nullable Long chapterId,
            LocalDate joinedOn,
            PortfolioStatus status,
            @Nullable LocalDate leftOn,
            long version) {
        static final RowMapper<Header> ROW = Rows.byName(Header.class);
    }

    private java.util.Optional<Header> header(long portfolioId) {
        return jdbc.sql("""
                        select pf.id, pf.route_id, pf.person_id, p.full_name as person_name, p.language,
                               p.chapter_id, pf.joined_on, pf.status, pf.left_on, pf.version
                        from route_portfolio pf join v_person p on p.id = pf.person_id where pf.id = :id""").param("id", portfolioId).query(Header.ROW).optional();
    }

    private static boolean mayRead(PathwaysUser user, Header row) {
        return row.personId() == user.personId() || staffOf(user, row);
    }

    private static boolean staffOf(PathwaysUser user, Header row) {
        boolean staff = user.hasRole(AppRoles.TRAINER) || user.hasRole(AppRoles.CHAPTER_LEAD);
        return user.isAdmin()
                || (staff && row.chapterId() != null && row.chapterId().equals(user.chapterId()));
    }

    private Portfolio assemble(PathwaysUser user, Header row) {
        var route = routes.route(row.routeId());
        // Hours count from the day of joining to the deadline, or to the day the leader left.
        LocalDate to = route.deadline(row.joinedOn());
        if (row.leftOn() != null && row.leftOn().isBefore(to)) {
            to = row.leftOn();
        }
        var sessions = attendance.attendedSessions(row.personId(), row.joinedOn(), to);
        var timed = practice.timedPractice(row.personId(), row.joinedOn(), to);
        var counted = PortfolioHours.count(route.buckets(), sessions, timed);
        var signOffs = signOffs(row.id());
        var buckets = route.buckets().stream()
                .map(bucket -> new BucketProgress(
                        bucket, counted.minutesByBucket().getOrDefault(bucket.id(), 0L), signOffs.get(bucket.id())))
                .toList();
        boolean own = row.personId() == user.personId();
        boolean mayChange = !own && row.status() == PortfolioStatus.ACTIVE && staffOf(user, row);
        return new Portfolio(
                row.id(),
                row.personId(),
                row.personName(),
                row.language(),
                route,
                row.joinedOn(),
                row.status(),
                row.leftOn(),
                row.version(),
                buckets,
                counted.items(),
                mayChange,
                own);
    }

    private Map<Long, BucketProgress.SignOff> signOffs(long portfolioId) {
        Map<Long, BucketProgress.SignOff> byBucket = new HashMap<>();
        jdbc.sql("""
                        select s.bucket_id, p.full_name, s.signed_at, s.minutes
                        from route_signoff s left join v_person p on p.id = s.signed_by
                        where s.portfolio_id = :portfolio""")
                .param("portfolio", portfolioId)
                .query((rs, n) -> byBucket.put(
                        rs.getLong("bucket_id"),
                        new BucketProgress.SignOff(
                                rs.getString("full_name"),
                                rs.getObject("signed_at", java.time.OffsetDateTime.class)
                                        .toInstant(),
                                rs.getLong("minutes"))))
                .list();
        return byBucket;
    }
}
