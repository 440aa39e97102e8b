package org.communityorganising.pathways.course;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.communityorganising.pathways.base.ConcurrentChangeException;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.Rows;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is in a cohort. Whoever may change a cohort (see {@link CohortAccess}) enrols people one by
 * one or from a CSV upload, previewed first; capacity is enforced here, with the cohort row locked
 * so two trainers enrolling at once cannot overfill it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
public class EnrolmentService {

    /** The largest enrolment CSV accepted; uploads stop reading past it. */
    public static final int MAX_CSV_BYTES = EnrolmentCsv.MAX_BYTES;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final CohortRepository cohorts;
    private final EnrolmentRepository enrolments;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EnrolmentService(
            CohortRepository cohorts,
            EnrolmentRepository enrolments,
            JdbcClient jdbc,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.cohorts = cohorts;
        this.enrolments = enrolments;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    public Slice<EnrolmentListItem> enrolments(long cohortId, Pageable pageable) {
        var cohort = cohorts.findById(cohortId).orElseThrow(() -> new InvalidInputException("cohorts.error.not-found"));
        CohortAccess.requireView(cohort, currentUser.require());
        var rows = jdbc.sql(EnrolmentListItem.OF_COHORT)
                .param("cohort", cohortId)
                .param("limit", pageable.getPageSize() + 1)
                .param("offset", pageable.getOffset())
                .query(EnrolmentListItem.ROW)
                .list();
        return Rows.slice(rows, pageable);
    }

    @Transactional
    public void enrol(long cohortId, long personId) {
        var cohort = lockedEditable(cohortId);
        var candidate = candidates(List.of(personId)).get(personId);
        String problem = problem(cohort, candidate, Set.copyOf(enrolments.findEnrolledPersonIds(cohortId)));
        if (problem == null && cohorts.countEnrolled(cohortId) >= cohort.getCapacity()) {
            problem = "csv.row.over-capacity";
        }
        if (problem != null) {
            throw new InvalidInputException(problem);
        }
        enrolOne(cohort, personId);
    }

    /**
     * Someone who turned up without being enrolled: enrolled on the spot and flagged as a walk-in.
     * Whoever may mark the register may do it; they are in the room, so capacity does not stop it.
     */
    @Transactional
    public void addWalkIn(long cohortId, long personId) {
        var cohort =
                cohorts.findForUpdate(cohortId).orElseThrow(() -> new InvalidInputException("cohorts.error.not-found"));
        if (!CohortAccess.canMark(cohort, currentUser.require())) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only those who mark the register add walk-ins");
        }
        var candidate = candidates(List.of(personId)).get(personId);
        String problem = problem(cohort, candidate, Set.copyOf(enrolments.findEnrolledPersonIds(cohortId)));
        if (problem != null) {
            throw new InvalidInputException(problem);
        }
        var existing = enrolments.findByCohortIdAndPersonId(cohortId, personId);
        var enrolment = existing.orElseGet(() -> enrolments.save(new Enrolment(cohort, personId, clock.instant())));
        existing.ifPresent(withdrawn -> withdrawn.reenrol(clock.instant()));
        enrolment.markWalkIn();
        events.publishEvent(new CourseEvents.WalkInEnrolled(cohortId, personId));
    }

    @Transactional
    public void withdraw(long enrolmentId, long version) {
        var enrolment = enrolments
                .findById(enrolmentId)
                .orElseThrow(() -> new InvalidInputException("enrolment.error.not-found"));
        CohortAccess.requireEdit(enrolment.getCohort(), currentUser.require());
        ConcurrentChangeException.check(enrolment, version, "This enrolment");
        enrolment.withdraw();
        events.publishEvent(new CourseEvents.EnrolmentWithdrawn(enrolmentId, enrolment.getPersonId()));
    }

    /** What importing this file would do, row by row; writes nothing. */
    public CsvEnrolmentReport previewCsv(long cohortId, byte[] file) {
        var cohort = cohorts.findById(cohortId).orElseThrow(() -> new InvalidInputException("cohorts.error.not-found"));
        CohortAccess.requireEdit(cohort, currentUser.require());
        return judge(cohort, file, false);
    }

    /** Enrols the good rows of the file, judged again now (the preview may be stale), and skips the rest. */
    @Transactional
    public CsvEnrolmentReport importCsv(long cohortId, byte[] file) {
        var cohort = lockedEditable(cohortId);
        var report = judge(cohort, file, true);
        if (report.fileProblem() == null) {
            Map<String, Long> ids = idsByEmail(report.rows());
            for (CsvEnrolmentRow row : report.rows()) {
                if (row.ok()) {
                    enrolOne(cohort, ids.get(row.email().toLowerCase(Locale.ROOT)));
                }
            }
            events.publishEvent(
                    new CourseEvents.CsvEnrolmentImported(cohortId, (int) report.enrolling(), (int) report.skipped()));
        }
        return report;
    }

    private CsvEnrolmentReport judge(Cohort cohort, byte[] file, boolean applying) {
        var parsed = EnrolmentCsv.parse(file);
        if (parsed.fileProblem() != null) {
            return new CsvEnrolmentReport(parsed.fileProblem(), parsed.problemArgument(), List.of(), false);
        }
        Set<String> emails = new HashSet<>();
        for (var line : parsed.lines()) {
            emails.add(line.email().toLowerCase(Locale.ROOT));
        }
        // Someone the caller may not see reads exactly like an unknown e-mail: no name, no
        // "exists", no "deactivated" — a CSV of guessed addresses reveals nothing.
        var user = currentUser.require();
        Map<String, Candidate> byEmail = new HashMap<>();
        for (Candidate candidate : candidatesByEmail(emails)) {
            if (user.isAdmin() || Objects.equals(candidate.chapterId(), user.chapterId())) {
                byEmail.put(candidate.email().toLowerCase(Locale.ROOT), candidate);
            }
        }
        Set<Long> enrolled = Set.copyOf(enrolments.findEnrolledPersonIds(Objects.requireNonNull(cohort.getId())));
        long places = cohort.getCapacity() - enrolled.size();
        Set<String> seen = new HashSet<>();
        List<CsvEnrolmentRow> rows = new ArrayList<>();
        for (var line : parsed.lines()) {
            String email = line.email();
            String key = email.toLowerCase(Locale.ROOT);
            Candidate candidate = byEmail.get(key);
            String problem;
            if (email.isEmpty()) {
                problem = "csv.row.missing-email";
            } else if (!EMAIL.matcher(email).matches()) {
                problem = "csv.row.bad-email";
            } else if (!seen.add(key)) {
                problem = "csv.row.duplicate";
            } else if (candidate == null) {
                problem = "csv.row.unknown";
            } else {
                problem = problem(cohort, candidate, enrolled);
            }
            if (problem == null) {
                if (places <= 0) {
                    problem = "csv.row.over-capacity";
                } else {
                    places--;
                }
            }
            rows.add(new CsvEnrolmentRow(
                    line.lineNumber(), email, candidate == null ? null : candidate.fullName(), problem));
        }
        return new CsvEnrolmentReport(null, null, rows, applying);
    }

    /** Why this person cannot join this cohort, or null when they can. */
    private static @Nullable String problem(Cohort cohort, @Nullable Candidate candidate, Set<Long> enrolled) {
        if (candidate == null) {
            return "csv.row.unknown";
        }
        if (!candidate.active()) {
            return "csv.row.inactive";
        }
        if (cohort.getChapterId() != null && !cohort.getChapterId().equals(candidate.chapterId())) {
            return "csv.row.wrong-chapter";
        }
        if (enrolled.contains(candidate.id())) {
            return "csv.row.already-enrolled";
        }
        return null;
    }

    private void enrolOne(Cohort cohort, @Nullable Long personId) {
        Objects.requireNonNull(personId);
        var existing = enrolments.findByCohortIdAndPersonId(Objects.requireNonNull(cohort.getId()), personId);
        if (existing.isPresent()) {
            existing.get().reenrol(clock.instant());
        } else {
            enrolments.save(new Enrolment(cohort, personId, clock.instant()));
        }
    }

    private Cohort lockedEditable(long cohortId) {
        var cohort =
                cohorts.findForUpdate(cohortId).orElseThrow(() -> new InvalidInputException("cohorts.error.not-found"));
        CohortAccess.requireEdit(cohort, currentUser.require());
        if (cohort.getStatus() == CohortStatus.CANCELLED || cohort.getStatus() == CohortStatus.COMPLETED) {
            throw new InvalidInputException("enrolment.error.cohort-closed");
        }
        return cohort;
    }

    private record Candidate(
            long id,
            String email,
            String fullName,
            @Nullable Long chapterId,
            boolean active) {
        static final RowMapper<Candidate> ROW = Rows.byName(Candidate.class);
    }

    private Map<Long, Candidate> candidates(List<Long> ids) {
        Map<Long, Candidate> found = new HashMap<>();
        jdbc.sql("select id, email, full_name, chapter_id, active from v_person where id in (:ids)")
                .param("ids", ids)
                .query(Candidate.ROW)
                .list()
                .forEach(candidate -> found.put(candidate.id(), candidate));
        return found;
    }

    private List<Candidate> candidatesByEmail(Set<String> lowerCaseEmails) {
        if (lowerCaseEmails.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, email, full_name, chapter_id, active from v_person where lower(email) in (:emails)")
                .param("emails", lowerCaseEmails)
                .query(Candidate.ROW)
                .list();
    }

    private Map<String, Long> idsByEmail(List<CsvEnrolmentRow> rows) {
        Set<String> emails = new HashSet<>();
        rows.stream()
                .filter(CsvEnrolmentRow::ok)
                .forEach(row -> emails.add(row.email().toLowerCase(Locale.ROOT)));
        Map<String, Long> ids = new HashMap<>();
        candidatesByEmail(emails)
                .forEach(candidate -> ids.put(candidate.email().toLowerCase(Locale.ROOT), candidate.id()));
        return ids;
    }
}
