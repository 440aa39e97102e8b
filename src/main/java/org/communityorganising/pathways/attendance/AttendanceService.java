package org.communityorganising.pathways.attendance;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.PlainText;
import org.communityorganising.pathways.base.Rows;
import org.communityorganising.pathways.course.SchedulingService;
import org.communityorganising.pathways.course.SessionDetails;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.ChapterScope;
import org.communityorganising.pathways.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register. Who may see and mark a session is decided by the scheduling feature
 * ({@link SessionDetails#markable()}); every mark is saved on its own under optimistic locking
 * (a change names the version it replaces), and every change is kept in attendance_change.
 * The register and a mark each run a small fixed number of SQL statements, whatever the size of
 * the cohort (AttendanceServiceTest counts them).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class AttendanceService {

    /** The longest remark or apology reason: one constant for the column, this service and the fields. */
    public static final int MAX_REMARK = 500;

    private final SchedulingService scheduling;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Counter marksSaved;
    private final Counter markConflicts;

    AttendanceService(
            SchedulingService scheduling,
            JdbcClient jdbc,
            CurrentUser currentUser,
            Clock clock,
            ApplicationEventPublisher events,
            MeterRegistry meters) {
        // For the operator: marks saved, and marks refused because someone else marked first.
        this.marksSaved = Counter.builder("pathways.marks")
                .tag("outcome", "saved")
                .description("Attendance marks saved from a register")
                .register(meters);
        this.markConflicts = Counter.builder("pathways.marks")
                .tag("outcome", "conflict")
                .description("Marks not saved because another trainer changed the mark first")
                .register(meters);
        this.scheduling = scheduling;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** The session and every enrolled person (and anyone already marked) with their mark. */
    public Register register(long sessionId) {
        var session = markableSession(sessionId);
        return new Register(session, rows(session));
    }

    /**
     * Saves one mark, unless someone else changed it since {@code expectedVersion} (or marked it
     * first, for {@link RegisterRow#UNMARKED}): then nothing is written and the newer mark comes back.
     */
    @Transactional
    public MarkOutcome mark(
            long sessionId, long personId, AttendanceStatus status, @Nullable String remark, long expectedVersion) {
        var session = markableSession(sessionId);
        if (session.cancelled()) {
            throw new InvalidInputException("attendance.error.cancelled");
        }
        if (status != AttendanceStatus.APOLOGIES) {
            requireOpen(session);
        }
        String text = remark(remark);
        var before =
                row(session, personId).orElseThrow(() -> new InvalidInputException("attendance.error.not-enrolled"));
        if (before.version() != expectedVersion) {
            markConflicts.increment();
            return new MarkOutcome(false, before);
        }
        long by = currentUser.require().personId();
        Timestamp now = Timestamp.from(clock.instant());
        // The mark and its line of history in one statement, which answers with what the card
        // shows: nothing when another trainer's change got there first.
        String write = expectedVersion == RegisterRow.UNMARKED ? """
                        insert into attendance_mark (session_id, person_id, status, remark, source, marked_by, marked_at)
                        values (:session, :person, :to, :remark, 'REGISTER', :by, :at)
                        on conflict (session_id, person_id) do nothing
                        returning version, marked_at""" : """
                        update attendance_mark set status = :to, remark = :remark, source = 'REGISTER',
                            marked_by = :by, marked_at = :at, version = version + 1
                        where session_id = :session and person_id = :person and version = :version
                        returning version, marked_at""";
        var saved = jdbc.sql("with written as (" + write + """
                        ),
                        logged as (
                            insert into attendance_change (session_id, person_id, from_status, to_status, remark, changed_by, changed_at)
                            select :session, :person, :from, :to, :remark, :by, :at from written)
                        select w.version, w.marked_at, b.full_name as marked_by
                        from written w left join v_person b on b.id = :by""")
                .param("session", sessionId)
                .param("person", personId)
                .param("from", before.status() == null ? null : before.status().name(), java.sql.Types.VARCHAR)
                .param("to", status.name())
                .param("remark", text, java.sql.Types.VARCHAR)
                .param("by", by)
                .param("at", now)
                .param("version", expectedVersion)
                .query((rs, n) -> new RegisterRow(
                        before.personId(),
                        before.fullName(),
                        before.institutionName(),
                        before.walkIn(),
                        status,
                        text,
                        rs.getLong("version"),
                        rs.getString("marked_by"),
                        rs.getTimestamp("marked_at").toInstant()))
                .optional();
        if (saved.isEmpty()) {
            markConflicts.increment();
            return new MarkOutcome(false, row(session, personId).orElseThrow());
        }
        events.publishEvent(new AttendanceEvents.MarkChanged(sessionId, personId, before.status(), status));
        marksSaved.increment();
        return new MarkOutcome(true, saved.get());
    }

    /** Marks everyone enrolled and not yet marked as present, in one go; returns how many. */
    @Transactional
    public int markUnmarkedPresent(long sessionId) {
        var session = markableSession(sessionId);
        if (session.cancelled()) {
            throw new InvalidInputException("attendance.error.cancelled");
        }
        requireOpen(session);
        List<Long> marked = jdbc.sql("""
                        with added as (
                            insert into attendance_mark (session_id, person_id, status, source, marked_by, marked_at)
                            select :session, e.person_id, 'PRESENT', 'REGISTER', :by, :at
                            from v_enrolment e
                            where e.cohort_id = :cohort and e.status = 'ENROLLED'
                            on conflict (session_id, person_id) do nothing
                            returning person_id)
                        insert into attendance_change (session_id, person_id, from_status, to_status, changed_by, changed_at)
                        select :session, person_id, null, 'PRESENT', :by, :at from added
                        returning person_id""")
                .param("session", sessionId)
                .param("cohort", session.cohortId())
                .param("by", currentUser.require().personId())
                .param("at", Timestamp.from(clock.instant()))
                .query((rs, row) -> rs.getLong("person_id"))
                .list();
        marked.forEach(person -> events.publishEvent(
                new AttendanceEvents.MarkChanged(sessionId, person, null, AttendanceStatus.PRESENT)));
        marksSaved.increment(marked.size());
        return marked.size();
    }

    /**
     * A trainee sends apologies for a coming session of a cohort they are enrolled in. The register
     * shows them; a mark a trainer already made is not overwritten.
     */
    @Transactional
    public void sendApologies(long sessionId, @Nullable String reason) {
        var session = scheduling.session(sessionId);
        long me = currentUser.require().personId();
        if (session.cancelled()) {
            throw new InvalidInputException("attendance.error.cancelled");
        }
        if (!session.startsAt().isAfter(clock.instant())) {
            throw new InvalidInputException("attendance.error.apologies-too-late");
        }
        boolean enrolled = jdbc.sql("""
                        select count(*) from v_enrolment where cohort_id = :cohort and person_id = :me and status = 'ENROLLED'""")
                        .param("cohort", session.cohortId())
                        .param("me", me)
                        .query(Long.class)
                        .single()
                > 0;
        if (!enrolled) {
            throw new AccessDeniedException("Apologies only for your own sessions");
        }
        String text = remark(reason);
        Timestamp now = Timestamp.from(clock.instant());
        int written = jdbc.sql("""
                        insert into attendance_mark (session_id, person_id, status, remark, source, marked_by, marked_at)
                        values (:session, :me, 'APOLOGIES', :remark, 'APOLOGY', :me, :at)
                        on conflict (session_id, person_id) do update
                            set remark = excluded.remark, marked_at = excluded.marked_at, version = attendance_mark.version + 1
                            where attendance_mark.status = 'APOLOGIES'""")
                .param("session", sessionId)
                .param("me", me)
                .param("remark", text)
                .param("at", now)
                .update();
        if (written == 0) {
            throw new InvalidInputException("attendance.error.already-marked");
        }
        recordChange(sessionId, me, null, AttendanceStatus.APOLOGIES, text, me, now);
        marksSaved.increment();
    }

    /** The caller's own marks for these sessions (one query), e.g. to show sent apologies on their home. */
    public java.util.Map<Long, AttendanceStatus> myMarks(java.util.Collection<Long> sessionIds) {
        java.util.Map<Long, AttendanceStatus> marks = new java.util.HashMap<>();
        if (sessionIds.isEmpty()) {
            return marks;
        }
        jdbc.sql("select session_id, status from attendance_mark where person_id = :me and session_id in (:sessions)")
                .param("me", currentUser.require().personId())
                .param("sessions", sessionIds)
                .query(rs -> {
                    marks.put(rs.getLong("session_id"), AttendanceStatus.valueOf(rs.getString("status")));
                });
        return marks;
    }

    /** The caller's own mark for a session, if any (the trainee's home shows sent apologies). */
    public Optional<AttendanceStatus> myMark(long sessionId) {
        return jdbc.sql("select status from attendance_mark where session_id = :session and person_id = :me")
                .param("session", sessionId)
                .param("me", currentUser.require().personId())
                .query(String.class)
                .optional()
                .map(AttendanceStatus::valueOf);
    }

    /**
     * The caller's attendance per cohort they are (or were) enrolled in, newest cohort first. A
     * session counts as held once it has started ({@link SessionsHeld}).
     */
    public List<CohortAttendance> myAttendance() {
        return cohortsOf(currentUser.require().personId());
    }

    /**
     * A person's attendance across all their courses and every change of their marks: for
     * administrators, and for trainers and chapter leads of the person's chapter.
     */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    public PersonAttendance personAttendance(long personId) {
        String name = requireOwnChapter(personId);
        var changes = jdbc.sql("""
                        select c.changed_at, b.full_name as changed_by, c.from_status as "from", c.to_status as "to", c.remark,
                               s.starts_at as session_starts_at, co.name as cohort_name
                        from attendance_change c
                        join v_training_session s on s.id = c.session_id
                        join v_cohort co on co.id = s.cohort_id
                        left join v_person b on b.id = c.changed_by
                        where c.person_id = :person
                        order by c.changed_at desc, c.id desc
                        limit 200""").param("person", personId).query(CHANGE).list();
        return new PersonAttendance(personId, name, cohortsOf(personId), changes);
    }

    /**
     * A person's attendance per cohort only, without the history of their marks (what progression
     * counts): for administrators, and for trainers and chapter leads of the person's chapter.
     */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    public List<CohortAttendance> attendanceOf(long personId) {
        requireOwnChapter(personId);
        return cohortsOf(personId);
    }

    /**
     * The sessions a person attended (present or late; never a cancelled one) that started between
     * two London days, both included, oldest first, with the register's times: the hours an
     * accredited route counts. One's own, or for a trainer, lead or administrator of their chapter.
     */
    public List<AttendedSession> attendedSessions(long personId, LocalDate from, LocalDate to) {
        var user = currentUser.require();
        if (personId != user.personId()) {
            if (!user.hasRole(AppRoles.TRAINER) && !user.hasRole(AppRoles.CHAPTER_LEAD) && !user.isAdmin()) {
                throw new AccessDeniedException("Only your own attendance");
            }
            requireOwnChapter(personId);
        }
        return jdbc.sql("""
                        select s.id as session_id, s.starts_at, s.ends_at, co.name as cohort_name,
                               c.title_en as course_en, c.title_cy as course_cy, m.status
                        from attendance_mark m
                        join v_training_session s on s.id = m.session_id
                        join v_cohort co on co.id = s.cohort_id
                        join v_course c on c.id = co.course_id
                        where m.person_id = :person and m.status in ('PRESENT', 'LATE') and not s.cancelled
                          and s.starts_at >= :from and s.starts_at < :to
                        order by s.starts_at, s.id""")
                .param("person", personId)
                .param("from", Timestamp.from(from.atStartOfDay(LondonTime.ZONE).toInstant()))
                .param(
                        "to",
                        Timestamp.from(
                                to.plusDays(1).atStartOfDay(LondonTime.ZONE).toInstant()))
                .query(AttendedSession.ROW)
                .list();
    }

    /** The person's name, once the caller is known to be an administrator or of the person's chapter. */
    private String requireOwnChapter(long personId) {
        var user = currentUser.require();
        var person = jdbc.sql("select full_name, chapter_id from v_person where id = :id")
                .param("id", personId)
                .query(PersonInChapter.ROW)
                .optional()
                .orElseThrow(() -> new InvalidInputException("people.error.not-found"));
        if (!user.isAdmin()
                && (person.chapterId() == null || !person.chapterId().equals(user.chapterId()))) {
            throw new AccessDeniedException("Only people of your own chapter");
        }
        return person.fullName();
    }

    private record PersonInChapter(
            String fullName, @Nullable Long chapterId) {
        static final RowMapper<PersonInChapter> ROW = Rows.byName(PersonInChapter.class);
    }

    /** Every change of one person's mark for one session, newest first; for those who may mark it. */
    public List<MarkChange> history(long sessionId, long personId) {
        markableSession(sessionId);
        return jdbc.sql("""
                        select c.changed_at, b.full_name as changed_by, c.from_status as "from", c.to_status as "to", c.remark,
                               s.starts_at as session_starts_at, co.name as cohort_name
                        from attendance_change c
                        join v_training_session s on s.id = c.session_id
                        join v_cohort co on co.id = s.cohort_id
                        left join v_person b on b.id = c.changed_by
                        where c.session_id = :session and c.person_id = :person
                        order by c.changed_at desc, c.id desc""")
                .param("session", sessionId)
                .param("person", personId)
                .query(CHANGE)
                .list();
    }

    private List<CohortAttendance> cohortsOf(long personId) {
        return cohortsWhere("e.person_id = :person", statement -> statement.param("person", personId)).stream()
                .map(PersonCohort::attendance)
                .toList();
    }

    /**
     * Many people's attendance per cohort, in one statement whatever their number (for a chapter's
     * dashboard or a trainer's cohorts): administrators anyone's, trainers and leads their chapter's.
     */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    public Map<Long, List<CohortAttendance>> attendanceOfPeople(Collection<Long> personIds) {
        ChapterScope.requireAllOfOwnChapter(jdbc, currentUser.require(), personIds);
        if (personIds.isEmpty()) {
            return Map.of();
        }
        return byPerson(cohortsWhere(
                "e.person_id = any(cast(:people as bigint[]))",
                statement -> statement.param("people", ChapterScope.idArray(personIds))));
    }

    /**
     * The attendance per cohort of every active person of a chapter, in one statement: for its
     * leads and administrators (the chapter dashboard's "ready for review").
     */
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    public Map<Long, List<CohortAttendance>> attendanceInChapter(long chapterId) {
        ChapterScope.requireChapter(currentUser.require(), chapterId);
        return byPerson(cohortsWhere(
                "e.person_id in (select id from v_person where chapter_id = :chapter and active)",
                statement -> statement.param("chapter", chapterId)));
    }

    private static Map<Long, List<CohortAttendance>> byPerson(List<PersonCohort> rows) {
        Map<Long, List<CohortAttendance>> byPerson = new HashMap<>();
        rows.forEach(row -> byPerson.computeIfAbsent(row.personId(), id -> new ArrayList<>())
                .add(row.attendance()));
        return byPerson;
    }

    private record PersonCohort(long personId, CohortAttendance attendance) {}

    private List<PersonCohort> cohortsWhere(
            String where, java.util.function.UnaryOperator<JdbcClient.StatementSpec> bind) {
        // Marks are aggregated per person and cohort from the people's own marks (by person, through
        // their index), and held sessions per cohort on their own: never every enrolment times every
        // session, which at a chapter's size meant scanning every mark in the country.
        return bind.apply(jdbc.sql("""
                        with enrolled as (
                            select e.person_id, e.cohort_id, e.status from v_enrolment e
                            where %2$s and e.status <> 'WITHDRAWN'),
                        held as (
                            select s.cohort_id, count(*) as held from v_training_session s
                            where s.cohort_id in (select cohort_id from enrolled) and %1$s
                            group by s.cohort_id),
                        marked as (
                            select m.person_id, s.cohort_id,
                                   count(*) filter (where m.status = 'PRESENT') as present,
                                   count(*) filter (where m.status = 'LATE') as late,
                                   count(*) filter (where m.status = 'APOLOGIES') as apologies
                            from attendance_mark m join v_training_session s on s.id = m.session_id and %1$s
                            where m.person_id in (select person_id from enrolled)
                            group by m.person_id, s.cohort_id)
                        select n.person_id, c.id as cohort_id, c.name as cohort_name, co.title_en, co.title_cy,
                               co.min_attendance_percent, coalesce(h.held, 0) as held, coalesce(k.present, 0) as present,
                               coalesce(k.late, 0) as late, coalesce(k.apologies, 0) as apologies,
                               co.id as course_id, co.hours, c.ends_on, n.status = 'COMPLETED' as completed
                        from enrolled n
                        join v_cohort c on c.id = n.cohort_id
                        join v_course co on co.id = c.course_id
                        left join held h on h.cohort_id = n.cohort_id
                        left join marked k on k.person_id = n.person_id and k.cohort_id = n.cohort_id
                        order by c.starts_on desc, c.id desc""".formatted(SessionsHeld.SQL, where)))
                .param("now", SessionsHeld.now(clock.instant()))
                // By name; the rate is a value of its own, so the row is read by hand.
                .query((rs, row) -> new PersonCohort(
                        rs.getLong("person_id"),
                        new CohortAttendance(
                                rs.getLong("cohort_id"),
                                rs.getString("cohort_name"),
                                rs.getString("title_en"),
                                rs.getString("title_cy"),
                                rs.getInt("min_attendance_percent"),
                                new AttendanceRate(
                                        rs.getInt("held"),
                                        rs.getInt("present"),
                                        rs.getInt("late"),
                                        rs.getInt("apologies")),
                                rs.getLong("course_id"),
                                rs.getBigDecimal("hours"),
                                rs.getObject("ends_on", LocalDate.class),
                                rs.getBoolean("completed"))))
                .list();
    }

    /** Refuses a mark before the register opens, saying when it does. */
    private void requireOpen(SessionDetails session) {
        if (!MarkingWindow.isOpen(session, clock.instant())) {
            throw new InvalidInputException(
                    "attendance.error.not-open",
                    LondonTime.of(MarkingWindow.opensAt(session)).toLocalTime().toString(),
                    LondonTime.of(session.startsAt()).toLocalDate().toString());
        }
    }

    private SessionDetails markableSession(long sessionId) {
        var session = scheduling.session(sessionId);
        if (!session.markable()) {
            throw new AccessDeniedException(
                    "Only the cohort's trainers, its chapter's leads and administrators mark its register");
        }
        return session;
    }

    /** The register's rows: everyone enrolled, and anyone withdrawn who was marked. */
    private List<RegisterRow> rows(SessionDetails session) {
        return jdbc.sql(ROWS + " order by lower(p.full_name), p.id")
                .param("session", session.id())
                .param("cohort", session.cohortId())
                .query(ROW)
                .list();
    }

    /** One person's row, if they belong on the register. */
    private Optional<RegisterRow> row(SessionDetails session, long personId) {
        return jdbc.sql(ROWS + " and e.person_id = :person")
                .param("session", session.id())
                .param("cohort", session.cohortId())
                .param("person", personId)
                .query(ROW)
                .optional();
    }

    private static final String ROWS = """
            select p.id as person_id, p.full_name, i.name as institution_name, e.walk_in, m.status, m.remark,
                   coalesce(m.version, -1) as version, b.full_name as marked_by, m.marked_at
            from v_enrolment e
            join v_person p on p.id = e.person_id
            left join v_institution i on i.id = p.institution_id
            left join attendance_mark m on m.session_id = :session and m.person_id = p.id
            left join v_person b on b.id = m.marked_by
            where e.cohort_id = :cohort and (e.status <> 'WITHDRAWN' or m.id is not null)""";

    private void recordChange(
            long sessionId,
            long personId,
            @Nullable AttendanceStatus from,
            AttendanceStatus to,
            @Nullable String remark,
            long by,
            Timestamp at) {
        jdbc.sql("""
                        insert into attendance_change (session_id, person_id, from_status, to_status, remark, changed_by, changed_at)
                        values (:session, :person, :from, :to, :remark, :by, :at)""")
                .param("session", sessionId)
                .param("person", personId)
                .param("from", from == null ? null : from.name(), java.sql.Types.VARCHAR)
                .param("to", to.name())
                .param("remark", remark, java.sql.Types.VARCHAR)
                .param("by", by)
                .param("at", at)
                .update();
        events.publishEvent(new AttendanceEvents.MarkChanged(sessionId, personId, from, to));
    }

    private static @Nullable String remark(@Nullable String remark) {
        return PlainText.optionalLines(remark, MAX_REMARK, "attendance.error.remark");
    }

    private static final RowMapper<RegisterRow> ROW = Rows.byName(RegisterRow.class);

    private static final RowMapper<MarkChange> CHANGE = Rows.byName(MarkChange.class);
}
