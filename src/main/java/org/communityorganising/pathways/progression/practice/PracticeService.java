package org.communityorganising.pathways.progression.practice;

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
import org.communityorganising.pathways.base.PlainText;
import org.communityorganising.pathways.base.Rows;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.ChapterScope;
import org.communityorganising.pathways.security.CurrentUser;
import org.communityorganising.pathways.security.PathwaysUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice log. Everyone logs their own practice and reads their own entries (with their
 * private notes); trainers and leads of the person's chapter, and administrators, confirm or query
 * what others logged — never their own. Only confirmed entries count toward a tier.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class PracticeService {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PracticeService(JdbcClient jdbc, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Logs an entry of the signed-in person's practice; it waits for a trainer's confirmation. */
    public long log(PracticeForm form) {
        long me = currentUser.require().personId();
        var entry = valid(form);
        long id = entry.bind(jdbc.sql("""
                        insert into practice_entry (person_id, kind, occurred_on, counterpart_institution_id, role,
                            turnout_pledged, turnout_delivered, private_note, duration_minutes, status, created_at)
                        values (:person, :kind, :on, :institution, :role, :pledged, :delivered, :note, :minutes,
                            'SUBMITTED', :at)
                        returning id"""))
                .param("person", me)
                .param("at", Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        events.publishEvent(new PracticeEvents.PracticeLogged(id, me, entry.kind(), false));
        return id;
    }

    /**
     * Corrects one of the signed-in person's entries that is waiting or was queried; it is submitted
     * again for review. A confirmed entry is evidence already counted: it cannot change.
     */
    public void correct(long entryId, PracticeForm form) {
        long me = currentUser.require().personId();
        var entry = valid(form);
        var status = jdbc.sql("select status from practice_entry where id = :id and person_id = :me")
                .param("id", entryId)
                .param("me", me)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new InvalidInputException("practice.error.not-found"));
        if (PracticeStatus.valueOf(status) == PracticeStatus.CONFIRMED) {
            throw new InvalidInputException("practice.error.confirmed");
        }
        int updated = entry.bind(jdbc.sql("""
                        update practice_entry set kind = :kind, occurred_on = :on, counterpart_institution_id = :institution,
                            role = :role, turnout_pledged = :pledged, turnout_delivered = :delivered, private_note = :note,
                            duration_minutes = :minutes, status = 'SUBMITTED', version = version + 1
                        where id = :id and person_id = :me and version = :version and status <> 'CONFIRMED'"""))
                .param("id", entryId)
                .param("me", me)
                .param("version", form.version())
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException("practice entry " + entryId);
        }
        events.publishEvent(new PracticeEvents.PracticeLogged(entryId, me, entry.kind(), true));
    }

    /** Institutions a counterpart can come from: the active ones of the person's own chapter. */
    @Transactional(readOnly = true)
    public List<org.communityorganising.pathways.chapter.InstitutionOption> counterpartOptions() {
        return jdbc.sql("""
                        select id, name from v_institution
                        where active and chapter_id = :chapter order by lower(name)""")
                .param("chapter", currentUser.require().chapterId(), java.sql.Types.BIGINT)
                .query((rs, row) -> new org.communityorganising.pathways.chapter.InstitutionOption(
                        rs.getLong("id"), rs.getString("name")))
                .list();
    }

    /** The signed-in person's entries, newest first, with their private notes (theirs alone). */
    @Transactional(readOnly = true)
    public List<PracticeEntryItem> mine(int limit) {
        return jdbc.sql(PracticeEntryItem.OWN_NEWEST_FIRST)
                .param("me", currentUser.require().personId())
                .param("limit", Math.max(1, Math.min(limit, 500)))
                .query(PracticeEntryItem.ROW)
                .list();
    }

    /**
     * Entries waiting for review that the signed-in reviewer may decide, oldest first: of their own
     * chapter (administrators: every chapter), never their own.
     */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    @Transactional(readOnly = true)
    public List<PracticeReviewItem> waiting(Pageable page) {
        var user = currentUser.require();
        return jdbc.sql(PracticeReviewItem.WAITING_FOR)
                .param("me", user.personId())
                .param("admin", user.isAdmin())
                .param("chapter", user.chapterId(), java.sql.Types.BIGINT)
                .param("limit", page.getPageSize())
                .param("offset", page.getOffset())
                .query(PracticeReviewItem.ROW)
                .list();
    }

    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    @Transactional(readOnly = true)
    public int countWaiting() {
        var user = currentUser.require();
        return jdbc.sql("""
                        select count(*) from practice_entry e join v_person p on p.id = e.person_id
                        where e.status = 'SUBMITTED' and e.person_id <> :me and (:admin or p.chapter_id = :chapter)""")
                .param("me", user.personId())
                .param("admin", user.isAdmin())
                .param("chapter", user.chapterId(), java.sql.Types.BIGINT)
                .query(Integer.class)
                .single();
    }

    /** How many of the signed-in person's own entries wait for a trainer's confirmation. */
    @Transactional(readOnly = true)
    public int countMineWaiting() {
        return jdbc.sql("select count(*) from practice_entry where person_id = :me and status = 'SUBMITTED'")
                .param("me", currentUser.require().personId())
                .query(Integer.class)
                .single();
    }

    /** Confirms an entry: from now on it counts toward the person's tiers. */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    public void confirm(long entryId, long version) {
        review(entryId, version, PracticeStatus.CONFIRMED, null);
    }

    /** Queries an entry with a comment the person reads; they can correct it and submit it again. */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    public void query(long entryId, long version, String comment) {
        review(
                entryId,
                version,
                PracticeStatus.QUERIED,
                PlainText.requiredLine(comment, PracticeForm.COMMENT_MAX, "practice.error.comment"));
    }

    private void review(long entryId, long version, PracticeStatus outcome, @Nullable String comment) {
        var user = currentUser.require();
        var entry = jdbc.sql("""
                        select e.person_id, p.chapter_id, e.kind, e.status
                        from practice_entry e join v_person p on p.id = e.person_id where e.id = :id""")
                .param("id", entryId)
                .query(ReviewedEntry.ROW)
                .optional()
                .orElseThrow(() -> new InvalidInputException("practice.error.not-found"));
        long personId = entry.personId();
        requireReviewerOf(user, personId, entry.chapterId());
        if (entry.status() != PracticeStatus.SUBMITTED) {
            throw new InvalidInputException("practice.error.already-reviewed");
        }
        int updated = jdbc.sql("""
                        update practice_entry set status = :status, reviewed_by = :me, reviewed_at = :at,
                            review_comment = :comment, version = version + 1
                        where id = :id and version = :version and status = 'SUBMITTED'""")
                .param("status", outcome.name())
                .param("me", user.personId())
                .param("at", Timestamp.from(clock.instant()))
                .param("comment", comment, java.sql.Types.VARCHAR)
                .param("id", entryId)
                .param("version", version)
                .update();
        if (updated == 0) {
            throw new ConcurrentChangeException("practice entry " + entryId);
        }
        events.publishEvent(new PracticeEvents.PracticeReviewed(entryId, personId, entry.kind(), outcome));
    }

    private static void requireStaffOf(PathwaysUser user, @Nullable Long personChapter) {
        boolean staff = user.hasRole(AppRoles.TRAINER) || user.hasRole(AppRoles.CHAPTER_LEAD);
        if (!user.isAdmin() && (!staff || personChapter == null || !personChapter.equals(user.chapterId()))) {
            throw new AccessDeniedException("Only your own practice, or that of people of your chapter");
        }
    }

    private @Nullable Long personChapter(long personId) {
        return jdbc.sql("select chapter_id from v_person where id = :id")
                .param("id", personId)
                .query(Long.class)
                .optional()
                .orElse(null);
    }

    /** The entry being reviewed: whose, of which chapter, what, and where it stands. */
    private record ReviewedEntry(long personId, @Nullable Long chapterId, PracticeKind kind, PracticeStatus status) {
        static final RowMapper<ReviewedEntry> ROW = Rows.byName(ReviewedEntry.class);
    }

    /** Own entries are never one's to confirm; others only within one's chapter, unless administrator. */
    static void requireReviewerOf(PathwaysUser user, long personId, @Nullable Long personChapter) {
        if (personId == user.personId()) {
            throw new AccessDeniedException("Nobody reviews their own practice");
        }
        if (!user.isAdmin() && (personChapter == null || !personChapter.equals(user.chapterId()))) {
            throw new AccessDeniedException("Only people of your own chapter");
        }
    }

    /**
     * The facts the tier rules count, for one person; never the notes. One's own, or, for a
     * trainer, lead or administrator, someone's of their chapter (administrators: anyone's).
     */
    @Transactional(readOnly = true)
    public List<PracticeFact> facts(long personId) {
        var user = currentUser.require();
        if (personId != user.personId()) {
            requireStaffOf(user, personChapter(personId));
        }
        return jdbc.sql(PracticeFact.OF_PERSON)
                .param("person", personId)
                .query(PracticeFact.ROW)
                .list();
    }

    /**
     * The person's confirmed practice that has a duration, from one day to another (both included),
     * oldest first: the hours an accredited route counts. One's own, or, for a trainer, lead or
     * administrator, someone's of their chapter. Never the notes or the counterpart.
     */
    @Transactional(readOnly = true)
    public List<TimedPractice> timedPractice(long personId, LocalDate from, LocalDate to) {
        var user = currentUser.require();
        if (personId != user.personId()) {
            requireStaffOf(user, personChapter(personId));
        }
        return jdbc.sql("""
                        select id as entry_id, kind, occurred_on, duration_minutes as minutes
                        from practice_entry
                        where person_id = :person and status = 'CONFIRMED' and duration_minutes is not null
                          and occurred_on between :from and :to
                        order by occurred_on, id""")
                .param("person", personId)
                .param("from", from)
                .param("to", to)
                .query(TimedPractice.ROW)
                .list();
    }

    /**
     * The facts of many people at once (a chapter's dashboard, a trainer's cohorts), in one
     * statement: trainers and leads their chapter's, administrators anyone's. Never the notes.
     */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    @Transactional(readOnly = true)
    public Map<Long, List<PracticeFact>> factsOfPeople(Collection<Long> personIds) {
        ChapterScope.requireAllOfOwnChapter(jdbc, currentUser.require(), personIds);
        Map<Long, List<PracticeFact>> byPerson = new HashMap<>();
        if (personIds.isEmpty()) {
            return byPerson;
        }
        jdbc.sql("""
                        select person_id, kind, occurred_on, status, role, coalesce(turnout_delivered, 0) as turnout_delivered
                        from practice_entry where person_id = any(cast(:people as bigint[]))""")
                .param("people", ChapterScope.idArray(personIds))
                .query((rs, row) -> {
                    byPerson.computeIfAbsent(rs.getLong("person_id"), id -> new ArrayList<>())
                            .add(PracticeFact.ROW.mapRow(rs, row));
                    return null;
                })
                .list();
        return byPerson;
    }

    /** The facts of every active person of a chapter, in one statement: for its leads and administrators. */
    @PreAuthorize(AppRoles.LEAD_OR_ADMIN)
    @Transactional(readOnly = true)
    public Map<Long, List<PracticeFact>> factsInChapter(long chapterId) {
        ChapterScope.requireChapter(currentUser.require(), chapterId);
        Map<Long, List<PracticeFact>> byPerson = new HashMap<>();
        jdbc.sql("""
                        select f.person_id, f.kind, f.occurred_on, f.status, f.role, coalesce(f.turnout_delivered, 0) as turnout_delivered
                        from practice_entry f join v_person p on p.id = f.person_id
                        where p.chapter_id = :chapter and p.active""")
                .param("chapter", chapterId)
                .query((rs, row) -> {
                    byPerson.computeIfAbsent(rs.getLong("person_id"), id -> new ArrayList<>())
                            .add(PracticeFact.ROW.mapRow(rs, row));
                    return null;
                })
                .list();
        return byPerson;
    }

    /** An entry that passed every check, with what does not belong to its kind dropped. */
    private record ValidEntry(
            PracticeKind kind,
            LocalDate occurredOn,
            @Nullable Long counterpartInstitutionId,
            @Nullable PracticeRole role,
            @Nullable Integer turnoutPledged,
            @Nullable Integer turnoutDelivered,
            @Nullable String privateNote,
            @Nullable Integer durationMinutes) {

        /** Binds the entry's columns to a statement that names them :kind, :on, :institution … :minutes. */
        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            return statement
                    .param("kind", kind.name())
                    .param("on", occurredOn)
                    .param("institution", counterpartInstitutionId, java.sql.Types.BIGINT)
                    .param("role", role == null ? null : role.name(), java.sql.Types.VARCHAR)
                    .param("pledged", turnoutPledged, java.sql.Types.INTEGER)
                    .param("delivered", turnoutDelivered, java.sql.Types.INTEGER)
                    .param("note", privateNote, java.sql.Types.VARCHAR)
                    .param("minutes", durationMinutes, java.sql.Types.INTEGER);
        }
    }

    private ValidEntry valid(PracticeForm form) {
        PracticeKind kind = form.kind();
        LocalDate on = form.occurredOn();
        if (kind == null) {
            throw new InvalidInputException("practice.error.kind");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), LondonTime.ZONE);
        if (on == null || on.isAfter(today) || on.isBefore(today.minusYears(PracticeForm.YEARS_BACK))) {
            throw new InvalidInputException("practice.error.date", PracticeForm.YEARS_BACK);
        }
        Long institution = kind.hasCounterpart() ? form.counterpartInstitutionId() : null;
        if (institution != null
                && !jdbc.sql("select exists (select 1 from v_institution where id = :id and active)")
                        .param("id", institution)
                        .query(Boolean.class)
                        .single()) {
            throw new InvalidInputException("practice.error.institution");
        }
        PracticeRole role = kind.hasTurnout() ? form.role() : null;
        Integer pledged = kind.hasTurnout() ? form.turnoutPledged() : null;
        Integer delivered = kind.hasTurnout() ? form.turnoutDelivered() : null;
        if (kind.hasTurnout() && role == null) {
            throw new InvalidInputException("practice.error.role");
        }
        for (Integer turnout : new Integer[] {pledged, delivered}) {
            if (turnout != null && (turnout < 0 || turnout > PracticeForm.TURNOUT_MAX)) {
                throw new InvalidInputException("practice.error.turnout", PracticeForm.TURNOUT_MAX);
            }
        }
        // The content of a one-to-one is never stored; a private note is the author's own memory aid.
        String note = kind.confidential()
                ? PlainText.optionalLines(form.privateNote(), PracticeForm.NOTE_MAX, "practice.error.note")
                : null;
        Integer minutes = form.durationMinutes();
        if (minutes != null && (minutes < 1 || minutes > PracticeForm.DURATION_MAX)) {
            throw new InvalidInputException("practice.error.duration", PracticeForm.DURATION_MAX / 60);
        }
        return new ValidEntry(kind, on, institution, role, pledged, delivered, note, minutes);
    }
}
