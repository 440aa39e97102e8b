package org.communityorganising.pathways.course;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.communityorganising.pathways.base.ConcurrentChangeException;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.PlainText;
import org.communityorganising.pathways.base.Rows;
import org.communityorganising.pathways.base.SearchText;
import org.communityorganising.pathways.people.PersonOption;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cohorts and their sessions. Trainers schedule for their own chapter, administrators for any
 * chapter or nationally; see {@link CohortAccess} for who sees and changes what. Session times are
 * entered as Europe/London wall-clock times and stored as instants.
 */
@Service
// A refusal while reading must not doom a caller's transaction it joined (check-in counts a
// wrong code in its own transaction and must still commit when the session is unknown).
@Transactional(
        readOnly = true,
        noRollbackFor = {InvalidInputException.class, AccessDeniedException.class})
@PreAuthorize("isAuthenticated()")
public class SchedulingService {

    private static final int MIN_MINUTES = SessionForm.MIN_MINUTES;
    private static final int MAX_MINUTES = SessionForm.MAX_MINUTES;

    private final CohortRepository cohorts;
    private final TrainingSessionRepository sessions;
    private final CourseRepository courses;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    SchedulingService(
            CohortRepository cohorts,
            TrainingSessionRepository sessions,
            CourseRepository courses,
            JdbcClient jdbc,
            CurrentUser currentUser,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.cohorts = cohorts;
        this.sessions = sessions;
        this.courses = courses;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    private static final RowMapper<PersonOption> PERSON_OPTION = Rows.byName(PersonOption.class);

    // ---- cohorts ----

    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    public Slice<CohortListItem> listCohorts(String text, Pageable pageable) {
        var user = currentUser.require();
        var rows = jdbc.sql(CohortListItem.VISIBLE_MATCHING)
                .param("everything", user.isAdmin())
                .param("chapter", user.chapterId(), java.sql.Types.BIGINT)
                .param("person", user.personId())
                .param("pattern", SearchText.containsPattern(text))
                .param("limit", pageable.getPageSize() + 1)
                .param("offset", pageable.getOffset())
                .query(CohortListItem.ROW)
                .list();
        return Rows.slice(rows, pageable);
    }

    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    public CohortDetails cohort(long id) {
        var cohort = cohorts.findById(id).orElseThrow(() -> new InvalidInputException("cohorts.error.not-found"));
        var user = currentUser.require();
        CohortAccess.requireView(cohort, user);
        var course = cohort.getCourse();
        String chapterName = cohort.getChapterId() == null
                ? null
                : jdbc.sql("select name from v_chapter where id = :id")
                        .param("id", cohort.getChapterId())
                        .query(String.class)
                        .single();
        return new CohortDetails(
                id,
                cohort.getName(),
                Objects.requireNonNull(course.getId()),
                course.getTitleEn(),
                course.getTitleCy(),
                cohort.getChapterId(),
                chapterName,
                cohort.getStartsOn(),
                cohort.getEndsOn(),
                cohort.getCapacity(),
                cohort.getStatus(),
                people(cohort.getTrainerIds()),
                cohorts.countEnrolled(id),
                cohort.getVersion(),
                CohortAccess.canEdit(cohort, user));
    }

    /** Active trainers who may deliver a cohort of this chapter (any chapter's for a national one). */
    @PreAuthorize(AppRoles.TRAINER_OR_ADMIN)
    public List<PersonOption> trainerOptions(@Nullable Long chapterId) {
        return jdbc.sql("""
                        select p.id, p.full_name, p.email, i.name as institution_name from v_person p
                        join v_person_role r on r.person_id = p.id and r.role = 'TRAINER'
                        left join v_institution i on i.id = p.institution_id
                        where p.active and (cast(:chapterId as bigint) is null or p.chapter_id = :chapterId)
                        order by lower(p.full_name) limit 500""")
                .param("chapterId", chapterId, java.sql.Types.BIGINT)
                .query(PERSON_OPTION)
                .list();
    }

    @Transactional
    @PreAuthorize(AppRoles.TRAINER_OR_ADMIN)
    public long createCohort(CohortForm form) {
        var user = currentUser.require();
        if (!user.isAdmin() && (form.chapterId() == null || !form.chapterId().equals(user.chapterId()))) {
            throw new AccessDeniedException("A trainer schedules cohorts of their own chapter only");
        }
        var cohort = new Cohort(course(form.courseId()), form.chapterId());
        apply(cohort, form);
        cohorts.save(cohort);
        long id = Objects.requireNonNull(cohort.getId());
        events.publishEvent(new CourseEvents.CohortCreated(id, cohort.getName()));
        return id;
    }

    @Transactional
    @PreAuthorize(AppRoles.TRAINER_OR_ADMIN)
    public void updateCohort(long id, CohortForm form) {
        var cohort = cohorts.findById(id).orElseThrow(() -> new InvalidInputException("cohorts.error.not-found"));
        CohortAccess.requireEdit(cohort, currentUser.require());
        ConcurrentChangeException.check(cohort, form.version(), "This cohort");
        if (!Objects.equals(form.chapterId(), cohort.getChapterId())) {
            throw new InvalidInputException("cohorts.error.chapter-fixed");
        }
        if (form.capacity() < cohorts.countEnrolled(id)) {
            throw new InvalidInputException("cohorts.error.capacity-below-enrolled", cohorts.countEnrolled(id));
        }
        boolean completing = form.status() == CohortStatus.COMPLETED && cohort.getStatus() != CohortStatus.COMPLETED;
        apply(cohort, form);
        if (completing) {
            events.publishEvent(new CohortCompleted(id));
        }
    }

    private void apply(Cohort cohort, CohortForm form) {
        String name = PlainText.requiredLine(form.name(), CohortForm.NAME_MAX, "cohorts.error.name");
        LocalDate startsOn = form.startsOn();
        LocalDate endsOn = form.endsOn();
        if (startsOn == null || endsOn == null || endsOn.isBefore(startsOn)) {
            throw new InvalidInputException("cohorts.error.dates");
        }
        if (form.capacity() < 1 || form.capacity() > CohortForm.CAPACITY_MAX) {
            throw new InvalidInputException("cohorts.error.capacity");
        }
        Set<Long> trainers = new HashSet<>(form.trainerIds());
        long valid = trainers.isEmpty()
                ? 0
                : jdbc.sql("""
                        select count(*) from v_person p join v_person_role r on r.person_id = p.id and r.role = 'TRAINER'
                        where p.id in (:ids) and p.active and (cast(:chapterId as bigint) is null or p.chapter_id = :chapterId)""")
                        .param("ids", trainers)
                        .param("chapterId", form.chapterId(), java.sql.Types.BIGINT)
                        .query(Long.class)
                        .single();
        if (trainers.isEmpty() || valid != trainers.size()) {
            throw new InvalidInputException("cohorts.error.trainers");
        }
        cohort.update(course(form.courseId()), name, startsOn, endsOn, form.capacity(), form.status(), trainers);
    }

    private Course course(@Nullable Long courseId) {
        if (courseId == null) {
            throw new InvalidInputException("cohorts.error.course");
        }
        return courses.findById(courseId)
                .filter(Course::isActive)
                .orElseThrow(() -> new InvalidInputException("cohorts.error.course"));
    }

    // ---- sessions ----

    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    public List<SessionListItem> sessionsOf(long cohortId) {
        var cohort = cohorts.findById(cohortId).orElseThrow(() -> new InvalidInputException("cohorts.error.not-found"));
        CohortAccess.requireView(cohort, currentUser.require());
        return sessions.findByCohort(cohortId);
    }

    @Transactional
    @PreAuthorize(AppRoles.TRAINER_OR_ADMIN)
    public long addSession(long cohortId, SessionForm form) {
        var cohort = editableCohort(cohortId);
        var slot = slot(cohort, form);
        String venue = blankToNull(form.venue());
        String link = link(form.onlineLink());
        requirePlace(venue, link);
        return Objects.requireNonNull(
                sessions.save(new TrainingSession(cohort, slot, venue, link)).getId());
    }

    /** Adds a weekly series in one go; all or nothing. */
    @Transactional
    @PreAuthorize(AppRoles.TRAINER_OR_ADMIN)
    public List<Long> addWeeklySeries(long cohortId, WeeklySeriesForm form) {
        var cohort = editableCohort(cohortId);
        if (form.from() == null || form.weekday() == null || form.start() == null) {
            throw new InvalidInputException("sessions.error.when");
        }
        if (form.count() < 1 || form.count() > WeeklySeries.MAX_SESSIONS) {
            throw new InvalidInputException("sessions.error.count", WeeklySeries.MAX_SESSIONS);
        }
        requireDuration(form.durationMinutes());
        String venue = blankToNull(form.venue());
        String link = link(form.onlineLink());
        requirePlace(venue, link);
        var slots = WeeklySeries.slots(
                form.from(),
                form.weekday(),
                form.start(),
                Duration.ofMinutes(form.durationMinutes()),
                form.count(),
                LondonTime.ZONE);
        for (TimeSlot slot : slots) {
            requireWithinCohort(cohort, slot);
        }
        return slots.stream()
                .map(slot -> Objects.requireNonNull(sessions.save(new TrainingSession(cohort, slot, venue, link))
                        .getId()))
                .toList();
    }

    @Transactional
    @PreAuthorize(AppRoles.TRAINER_OR_ADMIN)
    public void updateSession(long sessionId, SessionForm form) {
        var session =
                sessions.findById(sessionId).orElseThrow(() -> new InvalidInputException("sessions.error.not-found"));
        CohortAccess.requireEdit(session.getCohort(), currentUser.require());
        ConcurrentChangeException.check(session, form.version(), "This session");
        if (session.isCancelled()) {
            throw new InvalidInputException("sessions.error.cancelled");
        }
        String venue = blankToNull(form.venue());
        String link = link(form.onlineLink());
        requirePlace(venue, link);
        session.reschedule(slot(session.getCohort(), form), venue, link);
    }

    /**
     * Brings a cancelled session back: it is on again in every calendar (the feed's sequence rises,
     * so calendar apps replace the cancelled event with a confirmed one).
     */
    @Transactional
    @PreAuthorize(AppRoles.TRAINER_OR_ADMIN)
    public void reinstateSession(long sessionId, long version) {
        var session =
                sessions.findById(sessionId).orElseThrow(() -> new InvalidInputException("sessions.error.not-found"));
        CohortAccess.requireEdit(session.getCohort(), currentUser.require());
        ConcurrentChangeException.check(session, version, "This session");
        if (session.isCancelled()) {
            session.reinstate();
            events.publishEvent(new CourseEvents.SessionReinstated(sessionId));
        }
    }

    /** Cancels a session; it stays on every list and calendar, shown as cancelled with the reason. */
    @Transactional
    @PreAuthorize(AppRoles.TRAINER_OR_ADMIN)
    public void cancelSession(long sessionId, String reason, long version) {
        var session =
                sessions.findById(sessionId).orElseThrow(() -> new InvalidInputException("sessions.error.not-found"));
        CohortAccess.requireEdit(session.getCohort(), currentUser.require());
        ConcurrentChangeException.check(session, version, "This session");
        String why = PlainText.requiredLine(reason, SessionForm.CANCEL_REASON_MAX, "sessions.error.cancel-reason");
        if (!session.isCancelled()) {
            session.cancel(why);
            events.publishEvent(new CourseEvents.SessionCancelled(sessionId, why));
        }
    }

    /**
     * A session's page: for its cohort's staff (see {@link CohortAccess}) and for the people
     * enrolled in it.
     */
    public SessionDetails session(long sessionId) {
        var user = currentUser.require();
        // One statement, no entities: every register mark goes through here, and loading the
        // session, its cohort, course and trainers through JPA was a third of a mark's CPU.
        var found = jdbc.sql("""
                        select s.id, s.uid, s.sequence, s.cohort_id, c.name as cohort_name,
                               co.title_en as course_title_en, co.title_cy as course_title_cy,
                               s.starts_at, s.ends_at, s.venue, s.online_link, s.cancelled, s.cancel_reason,
                               s.version, false as editable, false as markable, c.chapter_id,
                               exists (select 1 from cohort_trainer t
                                       where t.cohort_id = c.id and t.person_id = :me) as trains_it,
                               exists (select 1 from enrolment e
                                       where e.cohort_id = c.id and e.person_id = :me and e.status = 'ENROLLED') as enrolled
                        from training_session s
                        join cohort c on c.id = s.cohort_id
                        join course co on co.id = c.course_id
                        where s.id = :id""")
                .param("id", sessionId)
                .param("me", user.personId())
                .query((rs, row) -> new SessionFound(SESSION.mapRow(rs, row), SessionAccess.MAPPER.mapRow(rs, row)))
                .optional()
                .orElseThrow(() -> new InvalidInputException("sessions.error.not-found"));
        var access = found.access();
        if (!CohortAccess.canView(access.chapterId(), access.trainsIt(), user) && !access.enrolled()) {
            throw new AccessDeniedException("Not a session of yours");
        }
        return found.session()
                .withRights(
                        CohortAccess.canEdit(access.chapterId(), access.trainsIt(), user),
                        CohortAccess.canMark(access.chapterId(), access.trainsIt(), user));
    }

    private static final RowMapper<SessionDetails> SESSION = Rows.byName(SessionDetails.class);

    /** What decides who may see and mark a session: its cohort's chapter, and the caller's place in it. */
    private record SessionAccess(@Nullable Long chapterId, boolean trainsIt, boolean enrolled) {
        static final RowMapper<SessionAccess> MAPPER = Rows.byName(SessionAccess.class);
    }

    /** A session as {@link #session} reads it, before the caller's rights are decided. */
    private record SessionFound(SessionDetails session, SessionAccess access) {}

    /** The sessions the caller teaches, from the start of today (London) on: today's first. */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    public List<MySessionItem> mySessionsToTeach(int limit) {
        return sessions.findTaughtBy(currentUser.require().personId(), startOfToday(), PageRequest.of(0, limit));
    }

    /** The sessions of the cohorts the caller is enrolled in, from the start of today on. */
    public List<MySessionItem> mySessionsToAttend(int limit) {
        return sessions.findAttendedBy(currentUser.require().personId(), startOfToday(), PageRequest.of(0, limit));
    }

    private Instant startOfToday() {
        return LocalDate.ofInstant(clock.instant(), LondonTime.ZONE)
                .atStartOfDay(LondonTime.ZONE)
                .toInstant();
    }

    private Cohort editableCohort(long cohortId) {
        var cohort = cohorts.findById(cohortId).orElseThrow(() -> new InvalidInputException("cohorts.error.not-found"));
        CohortAccess.requireEdit(cohort, currentUser.require());
        if (cohort.getStatus() == CohortStatus.CANCELLED || cohort.getStatus() == CohortStatus.COMPLETED) {
            throw new InvalidInputException("sessions.error.cohort-closed");
        }
        return cohort;
    }

    private TimeSlot slot(Cohort cohort, SessionForm form) {
        if (form.date() == null || form.start() == null) {
            throw new InvalidInputException("sessions.error.when");
        }
        requireDuration(form.durationMinutes());
        var begins = ZonedDateTime.of(form.date(), form.start(), LondonTime.ZONE);
        var slot = new TimeSlot(
                begins.toInstant(), begins.plusMinutes(form.durationMinutes()).toInstant());
        requireWithinCohort(cohort, slot);
        return slot;
    }

    private static void requireDuration(int minutes) {
        if (minutes < MIN_MINUTES || minutes > MAX_MINUTES) {
            throw new InvalidInputException("sessions.error.duration", MIN_MINUTES, MAX_MINUTES);
        }
    }

    private static void requireWithinCohort(Cohort cohort, TimeSlot slot) {
        LocalDate day = LondonTime.of(slot.start()).toLocalDate();
        if (day.isBefore(cohort.getStartsOn()) || day.isAfter(cohort.getEndsOn())) {
            throw new InvalidInputException(
                    "sessions.error.outside-cohort", day, cohort.getStartsOn(), cohort.getEndsOn());
        }
    }

    private static void requirePlace(@Nullable String venue, @Nullable String link) {
        if (venue == null && link == null) {
            throw new InvalidInputException("sessions.error.place");
        }
        if (venue != null && venue.length() > SessionForm.VENUE_MAX) {
            throw new InvalidInputException("sessions.error.venue");
        }
    }

    private static @Nullable String link(@Nullable String link) {
        String value = blankToNull(link);
        if (value != null && (!value.matches("^https?://\\S+$") || value.length() > SessionForm.LINK_MAX)) {
            throw new InvalidInputException("sessions.error.link");
        }
        return value;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return PlainText.optionalLine(value, SessionForm.LINK_MAX, "sessions.error.venue");
    }

    private List<PersonOption> people(Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select p.id, p.full_name, p.email, i.name as institution_name from v_person p left join v_institution i on i.id = p.institution_id
                        where p.id in (:ids) order by lower(p.full_name)""").param("ids", ids).query(PERSON_OPTION).list();
    }
}
