package org.communityorganising.pathways.progression.mentoring;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.communityorganising.pathways.base.ConcurrentChangeException;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.Rows;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.ChapterScope;
import org.communityorganising.pathways.security.CurrentUser;
import org.communityorganising.pathways.security.PathwaysUser;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mentoring pairs. Trainers and leads pair people of their own chapter (administrators: of any
 * chapter, both of the same one) and end pairs; the two people of a pair log and confirm their
 * meetings, and nobody else reads them — a mentor sees only their own mentees. A pair that is not
 * the reader's to see reads as not found, like one that does not exist.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
@EnableConfigurationProperties(MentoringSettings.class)
public class MentoringService {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final MentoringSettings settings;
    private final Clock clock;

    MentoringService(
            JdbcClient jdbc,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            MentoringSettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    public MentoringSettings settings() {
        return settings;
    }

    /**
     * Pairs a mentor with a mentee: both active people of the caller's chapter (administrators: of
     * one chapter), the mentor holding the mentor's tier or above and with fewer open pairs than
     * allowed, the two not already paired.
     */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    public long pair(long mentorId, long menteeId) {
        var user = currentUser.require();
        if (mentorId == menteeId) {
            throw new InvalidInputException("mentoring.error.same-person");
        }
        // One pairing of this mentor at a time, so that two trainers cannot both take the last place.
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('pathways.mentoring:' || :mentor, 0))")
                .param("mentor", mentorId)
                .query((rs, row) -> 1)
                .list();
        var mentor = person(mentorId);
        var mentee = person(menteeId);
        // Another chapter's people read as unknown ids: an id says nothing.
        if (mentor == null || mentee == null || !visible(user, mentor) || !visible(user, mentee)) {
            throw new InvalidInputException("mentoring.error.no-person");
        }
        if (!mentor.active() || !mentee.active()) {
            throw new InvalidInputException("mentoring.error.no-person");
        }
        if (mentor.chapterId() == null || !mentor.chapterId().equals(mentee.chapterId())) {
            throw new InvalidInputException("mentoring.error.other-chapter");
        }
        if (mentor.rank() < settings.mentorMinRank()) {
            throw new InvalidInputException("mentoring.error.mentor-tier");
        }
        if (mentor.openPairs() >= settings.maxMentees()) {
            throw new InvalidInputException("mentoring.error.full", settings.maxMentees());
        }
        boolean paired = jdbc.sql("""
                        select exists (select 1 from mentoring_pair
                                       where mentor_id = :mentor and mentee_id = :mentee and ended_on is null)""")
                .param("mentor", mentorId)
                .param("mentee", menteeId)
                .query(Boolean.class)
                .single();
        if (paired) {
            throw new InvalidInputException("mentoring.error.already");
        }
        long id = jdbc.sql("""
                        insert into mentoring_pair (chapter_id, mentor_id, mentee_id, started_on, paired_by, created_at)
                        values (:chapter, :mentor, :mentee, :today, :by, :now) returning id""")
                .param("chapter", mentor.chapterId())
                .param("mentor", mentorId)
                .param("mentee", menteeId)
                .param("today", today())
                .param("by", user.personId())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        events.publishEvent(new MentoringEvents.Paired(id, mentorId, menteeId));
        return id;
    }

    /** Ends an open pair, completed or early, for a trainer or lead of its chapter. */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    public void end(long pairId, PairOutcome outcome, long version) {
        var pair = staffPair(pairId);
        if (pair.endedOn() != null) {
            throw new InvalidInputException("mentoring.error.ended");
        }
        int updated = jdbc.sql("""
                        update mentoring_pair set ended_on = greatest(started_on, :today), outcome = :outcome,
                            version = version + 1
                        where id = :id and version = :version and ended_on is null""")
                .param("today", today())
                .param("outcome", outcome.name())
                .param("id", pairId)
                .param("version", version)
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException("mentoring pair " + pairId);
        }
        events.publishEvent(new MentoringEvents.PairEnded(pairId, pair.mentorId(), pair.menteeId(), outcome));
    }

    /** The pairs of a chapter, open or all, newest first; for its trainers and leads. */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<PairItem> inChapter(long chapterId, boolean openOnly, Pageable page) {
        ChapterScope.requireChapter(currentUser.require(), chapterId);
        return jdbc.sql(PairItem.SELECT + """
                        where pr.chapter_id = :chapter and (not :openOnly or pr.ended_on is null)
                        order by pr.ended_on is not null, pr.started_on desc, pr.id desc
                        limit :limit offset :offset""")
                .param("chapter", chapterId)
                .param("openOnly", openOnly)
                .param("overdueBefore", overdueBefore())
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query(PairItem.ROW)
                .list();
    }

    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    @Transactional(readOnly = true)
    public int countInChapter(long chapterId, boolean openOnly) {
        ChapterScope.requireChapter(currentUser.require(), chapterId);
        return jdbc.sql("""
                        select count(*) from mentoring_pair
                        where chapter_id = :chapter and (not :openOnly or ended_on is null)""")
                .param("chapter", chapterId)
                .param("openOnly", openOnly)
                .query(Integer.class)
                .single();
    }

    /** The open pairs of a chapter with no confirmed meeting for longer than expected, longest first. */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<PairItem> overdueInChapter(long chapterId) {
        ChapterScope.requireChapter(currentUser.require(), chapterId);
        return jdbc.sql(PairItem.SELECT + """
                        where pr.chapter_id = :chapter and pr.ended_on is null
                          and coalesce(k.last_confirmed, pr.started_on) < :overdueBefore
                        order by coalesce(k.last_confirmed, pr.started_on), pr.id""")
                .param("chapter", chapterId)
                .param("overdueBefore", overdueBefore())
                .query(PairItem.ROW)
                .list();
    }

    /** Who may mentor in a chapter: its active people holding the mentor's tier or above. */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<PersonOption> mentorOptions(long chapterId) {
        ChapterScope.requireChapter(currentUser.require(), chapterId);
        return jdbc.sql("""
                        select p.id, p.full_name,
                               (select count(*) from mentoring_pair pr where pr.mentor_id = p.id and pr.ended_on is null)
                                   as mentees
                        from v_person_tier t join v_person p on p.id = t.person_id
                        where t.chapter_id = :chapter and t.active and t.rank >= :rank
                        order by p.full_name""")
                .param("chapter", chapterId)
                .param("rank", settings.mentorMinRank())
                .query(PersonOption.ROW)
                .list();
    }

    /** Who may be mentored in a chapter: its active people. */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<PersonOption> menteeOptions(long chapterId) {
        ChapterScope.requireChapter(currentUser.require(), chapterId);
        return jdbc.sql("""
                        select p.id, p.full_name, 0 as mentees from v_person p
                        where p.chapter_id = :chapter and p.active order by p.full_name""").param("chapter", chapterId).query(PersonOption.ROW).list();
    }

    /** The pairs the signed-in person is one of, mentor or mentee, open first; with their meetings. */
    @Transactional(readOnly = true)
    public List<MyPair> mine() {
        long me = currentUser.require().personId();
        var pairs = jdbc.sql(PairItem.SELECT + """
                        where pr.mentor_id = :me or pr.mentee_id = :me
                        order by pr.ended_on is not null, pr.started_on desc, pr.id desc
                        limit 50""")
                .param("me", me)
                .param("overdueBefore", overdueBefore())
                .query(PairItem.ROW)
                .list();
        if (pairs.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Meeting>> meetings = new HashMap<>();
        jdbc.sql("""
                        select id, pair_id, met_on, minutes, logged_by = :me as logged_by_me,
                               confirmed_at is not null as confirmed
                        from mentoring_meeting where pair_id = any(cast(:pairs as bigint[]))
                        order by met_on desc, id desc""")
                .param("me", me)
                .param(
                        "pairs",
                        ChapterScope.idArray(pairs.stream().map(PairItem::id).toList()))
                .query(Meeting.ROW)
                .list()
                .forEach(meeting -> meetings.computeIfAbsent(meeting.pairId(), id -> new ArrayList<>())
                        .add(meeting));
        return pairs.stream()
                .map(pair -> new MyPair(pair, pair.mentorId() == me, meetings.getOrDefault(pair.id(), List.of())))
                .toList();
    }

    /** One of the two logs a meeting of their open pair: the day (not in the future, not before the pair) and its length. */
    public long logMeeting(long pairId, MeetingForm form) {
        var user = currentUser.require();
        var pair = memberPair(pairId, user);
        if (pair.endedOn() != null) {
            throw new InvalidInputException("mentoring.error.ended");
        }
        var metOn = form.metOn();
        var minutes = form.minutes();
        if (metOn == null || minutes == null) {
            throw new InvalidInputException("form.error.required");
        }
        if (metOn.isAfter(today()) || metOn.isBefore(pair.startedOn())) {
            throw new InvalidInputException("mentoring.error.date");
        }
        if (minutes < 1 || minutes > MeetingForm.MINUTES_MAX) {
            throw new InvalidInputException("mentoring.error.minutes");
        }
        long id = jdbc.sql("""
                        insert into mentoring_meeting (pair_id, met_on, minutes, logged_by, logged_at)
                        values (:pair, :on, :minutes, :me, :now) returning id""")
                .param("pair", pairId)
                .param("on", metOn)
                .param("minutes", minutes)
                .param("me", user.personId())
                .param("now", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        events.publishEvent(new MentoringEvents.MeetingLogged(id, pairId, user.personId()));
        return id;
    }

    /** The other one of the pair confirms a meeting; never the one who logged it, never twice. */
    public void confirmMeeting(long meetingId) {
        var user = currentUser.require();
        var meeting = jdbc.sql("""
                        select pair_id, logged_by, confirmed_at is not null as confirmed
                        from mentoring_meeting where id = :id""")
                .param("id", meetingId)
                .query(Rows.byName(LoggedMeeting.class))
                .optional()
                .orElseThrow(() -> new InvalidInputException("mentoring.error.not-found"));
        var pair = memberPair(meeting.pairId(), user);
        if (meeting.loggedBy() != null && meeting.loggedBy() == user.personId()) {
            throw new InvalidInputException("mentoring.error.own-meeting");
        }
        int updated = jdbc.sql("""
                        update mentoring_meeting set confirmed_by = :me, confirmed_at = :now
                        where id = :id and confirmed_at is null""")
                .param("me", user.personId())
                .param("now", Timestamp.from(clock.instant()))
                .param("id", meetingId)
                .update();
        if (updated == 0) {
            throw new InvalidInputException("mentoring.error.confirmed");
        }
        events.publishEvent(new MentoringEvents.MeetingConfirmed(
                meetingId, pair.id(), pair.mentorId(), pair.menteeId(), user.personId()));
    }

    /**
     * The people each of these leaders mentors, with a confirmed meeting: what the ladder counts.
     * One's own, or, for a trainer, lead or administrator, those of people of their chapter. One
     * statement, whatever the number of leaders.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<MenteeFact>> menteesOf(Collection<Long> mentorIds) {
        ChapterScope.requireSelfOrStaffOf(jdbc, currentUser.require(), mentorIds);
        return mentees("pr.mentor_id = any(cast(:mentors as bigint[]))", "mentors", ChapterScope.idArray(mentorIds));
    }

    /** The same for every active person of a chapter, for its leads and administrators. */
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    @Transactional(readOnly = true)
    public Map<Long, List<MenteeFact>> menteesInChapter(long chapterId) {
        ChapterScope.requireChapter(currentUser.require(), chapterId);
        return mentees("pr.chapter_id = :chapter", "chapter", chapterId);
    }

    private Map<Long, List<MenteeFact>> mentees(String where, String name, Object value) {
        Map<Long, List<MenteeFact>> byMentor = new HashMap<>();
        jdbc.sql("""
                        select pr.mentor_id, pr.mentee_id, max(t.rank) as mentee_rank, max(mm.met_on) as last_confirmed_meeting
                        from mentoring_pair pr
                        join mentoring_meeting mm on mm.pair_id = pr.id and mm.confirmed_at is not null
                        join v_person_tier t on t.person_id = pr.mentee_id
                        """ + "where " + where + " group by pr.mentor_id, pr.mentee_id")
                .param(name, value)
                .query((rs, row) -> byMentor.computeIfAbsent(rs.getLong("mentor_id"), id -> new ArrayList<>())
                        .add(new MenteeFact(
                                rs.getLong("mentee_id"),
                                rs.getInt("mentee_rank"),
                                rs.getObject("last_confirmed_meeting", LocalDate.class))))
                .list();
        return byMentor;
    }

    private record LoggedMeeting(long pairId, @Nullable Long loggedBy, boolean confirmed) {}

    private record PairRow(
            long id,
            long chapterId,
            long mentorId,
            long menteeId,
            LocalDate startedOn,
            @Nullable LocalDate endedOn) {}

    private @Nullable PairRow pairRow(long pairId) {
        return jdbc.sql("""
                        select id, chapter_id, mentor_id, mentee_id, started_on, ended_on
                        from mentoring_pair where id = :id""")
                .param("id", pairId)
                .query(Rows.byName(PairRow.class))
                .optional()
                .orElse(null);
    }

    /** A pair the caller is one of; any other reads as not found. */
    private PairRow memberPair(long pairId, PathwaysUser user) {
        var pair = pairRow(pairId);
        if (pair == null || (pair.mentorId() != user.personId() && pair.menteeId() != user.personId())) {
            throw new InvalidInputException("mentoring.error.not-found");
        }
        return pair;
    }

    /** A pair of the caller's chapter (administrators: any); any other reads as not found. */
    private PairRow staffPair(long pairId) {
        var user = currentUser.require();
        var pair = pairRow(pairId);
        if (pair == null || (!user.isAdmin() && (user.chapterId() == null || user.chapterId() != pair.chapterId()))) {
            throw new InvalidInputException("mentoring.error.not-found");
        }
        return pair;
    }

    private record Candidate(@Nullable Long chapterId, boolean active, int rank, int openPairs) {}

    private @Nullable Candidate person(long personId) {
        return jdbc.sql("""
                        select t.chapter_id, t.active, t.rank,
                               (select count(*) from mentoring_pair pr where pr.mentor_id = t.person_id and pr.ended_on is null)
                                   as open_pairs
                        from v_person_tier t where t.person_id = :id""")
                .param("id", personId)
                .query(Rows.byName(Candidate.class))
                .optional()
                .orElse(null);
    }

    private static boolean visible(PathwaysUser user, Candidate person) {
        return user.isAdmin()
                || (person.chapterId() != null && person.chapterId().equals(user.chapterId()));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LondonTime.ZONE);
    }

    private LocalDate overdueBefore() {
        return today().minusDays(settings.overdueAfterDays());
    }
}
