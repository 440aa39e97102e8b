package org.communityorganising.pathways.progression;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.communityorganising.pathways.attendance.AttendanceService;
import org.communityorganising.pathways.attendance.CohortAttendance;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A leader's own path up the ladder, and the notices of decisions about them. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class PathService {

    private final TierCatalogue tiers;
    private final PracticeService practice;
    private final AttendanceService attendance;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;
    private final Clock clock;

    PathService(
            TierCatalogue tiers,
            PracticeService practice,
            AttendanceService attendance,
            CurrentUser currentUser,
            JdbcClient jdbc,
            Clock clock) {
        this.tiers = tiers;
        this.practice = practice;
        this.attendance = attendance;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public MyPath myPath() {
        long me = currentUser.require().personId();
        var ladder = tiers.all();
        var courses = attendance.myAttendance();
        var facts = practice.facts(me);
        var held = tiers.heldBy(me);
        var record = record(held, courses, facts);
        var current = ladder.stream()
                .filter(tier -> tier.rank() == held.rank())
                .findFirst()
                .orElseThrow();
        var next = next(ladder, held.rank());
        var assessment = next == null ? null : TierRules.assess(record, next.rank(), next.requirements(), clock);
        return new MyPath(
                current, record.tierSince(), next, assessment, courses, counts(facts), history(me), openRequest(me));
    }

    /** Unread notices of decisions about the signed-in person, newest first. */
    public List<Notice> myNotices() {
        return jdbc.sql(Notice.UNREAD_OF_PERSON)
                .param("me", currentUser.require().personId())
                .query(Notice.ROW)
                .list();
    }

    /** Dismisses one of the signed-in person's own notices (anyone else's is left alone). */
    @Transactional
    public void dismiss(long noticeId) {
        jdbc.sql("update progression_notice set read_at = :at where id = :id and person_id = :me and read_at is null")
                .param("at", java.sql.Timestamp.from(clock.instant()))
                .param("id", noticeId)
                .param("me", currentUser.require().personId())
                .update();
    }

    static @Nullable TierDefinition next(List<TierDefinition> ladder, int rank) {
        return ladder.stream().filter(tier -> tier.rank() > rank).findFirst().orElse(null);
    }

    static LeaderRecord record(
            TierCatalogue.HeldTier held, List<CohortAttendance> courses, List<LeaderRecord.PracticeFact> facts) {
        LocalDate since = held.since() == null ? null : LocalDate.ofInstant(held.since(), LondonTime.ZONE);
        return new LeaderRecord(
                held.rank(),
                since,
                courses.stream()
                        .map(course -> new LeaderRecord.CourseResult(
                                course.courseId(),
                                course.cohortName(),
                                course.completed() ? LeaderRecord.Enrolled.COMPLETED : LeaderRecord.Enrolled.ENROLLED,
                                course.endsOn(),
                                course.courseHours(),
                                course.minimumPercent(),
                                course.rate().attended(),
                                course.rate().counted()))
                        .toList(),
                facts);
    }

    private static List<MyPath.PracticeCount> counts(List<LeaderRecord.PracticeFact> facts) {
        int[][] counts = new int[PracticeKind.values().length][PracticeStatus.values().length];
        for (var fact : facts) {
            counts[fact.kind().ordinal()][fact.status().ordinal()]++;
        }
        return java.util.Arrays.stream(PracticeKind.values())
                .map(kind -> new MyPath.PracticeCount(
                        kind,
                        counts[kind.ordinal()][PracticeStatus.CONFIRMED.ordinal()],
                        counts[kind.ordinal()][PracticeStatus.SUBMITTED.ordinal()],
                        counts[kind.ordinal()][PracticeStatus.QUERIED.ordinal()]))
                .toList();
    }

    private List<MyPath.TierStep> history(long me) {
        return jdbc.sql("""
                        select t.name_en, t.name_cy, h.since from tier_history h join tier t on t.id = h.tier_id
                        where h.person_id = :me order by h.since desc, h.id desc""")
                .param("me", me)
                .query((rs, row) -> new MyPath.TierStep(
                        rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    private MyPath.@Nullable OpenRequest openRequest(long me) {
        return jdbc.sql("""
                        select r.id, t.name_en, t.name_cy, r.requested_at,
                               (select count(*) from promotion_approval a where a.request_id = r.id),
                               r.approvals_needed, r.nominated_by is not null
                        from promotion_request r join tier t on t.id = r.to_tier_id
                        where r.person_id = :me and r.status = 'PENDING'""")
                .param("me", me)
                .query((rs, row) -> new MyPath.OpenRequest(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getBoolean(7)))
                .optional()
                .orElse(null);
    }
}
