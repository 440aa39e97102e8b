package org.communityorganising.pathways.attendance;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.Rows;
import org.communityorganising.pathways.course.SchedulingService;
import org.communityorganising.pathways.security.CurrentUser;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Self check-in. The trainer shows a six-digit code that changes every 30 seconds; an enrolled
 * trainee types it (or scans its QR code) during the session window and is marked present, or late
 * after the course's minutes. The trainee names no person: they can only ever mark themselves.
 * Five wrong codes lock that person out of the session's check-in for ten minutes.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CheckInService {

    static final int MAX_FAILURES = 5;
    static final Duration LOCKOUT = Duration.ofMinutes(10);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SchedulingService scheduling;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    private final org.springframework.context.ApplicationEventPublisher events;
    private final io.micrometer.core.instrument.Counter marksSaved;

    CheckInService(
            SchedulingService scheduling,
            JdbcClient jdbc,
            CurrentUser currentUser,
            Clock clock,
            org.springframework.context.ApplicationEventPublisher events,
            io.micrometer.core.instrument.MeterRegistry meters) {
        // The same series as the register's marks (AttendanceService): a self check-in is a mark too.
        this.marksSaved = io.micrometer.core.instrument.Counter.builder("pathways.marks")
                .tag("outcome", "saved")
                .description("Attendance marks saved from a register")
                .register(meters);
        this.scheduling = scheduling;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
        this.events = events;
    }

    /** A person's wrong codes for a session so far, and the last one's moment. */
    private record FailedAttempts(int failures, Instant lastFailureAt) {
        static final RowMapper<FailedAttempts> ROW = Rows.byName(FailedAttempts.class);
    }

    /** The code to show now, for those who mark the register; the session's secret is made on first use. */
    @Transactional
    public CheckInDisplay currentCode(long sessionId) {
        var session = scheduling.session(sessionId);
        if (!session.markable()) {
            throw new AccessDeniedException("Only those who mark the register show the check-in code");
        }
        if (session.cancelled()) {
            throw new InvalidInputException("attendance.error.cancelled");
        }
        jdbc.sql("""
                        insert into check_in_secret (session_id, secret, created_at) values (:session, :secret, :at)
                        on conflict (session_id) do nothing""")
                .param("session", sessionId)
                .param("secret", HexFormat.of().formatHex(randomSecret()))
                .param("at", Timestamp.from(clock.instant()))
                .update();
        Instant now = clock.instant();
        return new CheckInDisplay(sessionId, CheckInCode.current(secret(sessionId), now), CheckInCode.secondsLeft(now));
    }

    /**
     * Marks the caller present (or late) for the session if the code is right and the window open.
     * A wrong code is counted even though the call fails: the refusal must not roll the count back.
     */
    @Transactional(noRollbackFor = InvalidInputException.class)
    public CheckInResult checkIn(long sessionId, String code) {
        var session = scheduling.session(sessionId);
        long me = currentUser.require().personId();
        Instant now = clock.instant();
        boolean enrolled = jdbc.sql(
                                "select count(*) from v_enrolment where cohort_id = :cohort and person_id = :me and status = 'ENROLLED'")
                        .param("cohort", session.cohortId())
                        .param("me", me)
                        .query(Long.class)
                        .single()
                > 0;
        if (!enrolled) {
            throw new AccessDeniedException("Only people enrolled in the cohort check in");
        }
        if (session.cancelled()) {
            throw new InvalidInputException("attendance.error.cancelled");
        }
        if (!MarkingWindow.isCheckInOpen(session, now)) {
            throw new InvalidInputException("checkin.error.closed");
        }
        var attempts = jdbc.sql(
                        "select failures, last_failure_at from check_in_attempt where session_id = :session and person_id = :me for update")
                .param("session", sessionId)
                .param("me", me)
                .query(FailedAttempts.ROW)
                .optional();
        if (attempts.isPresent()
                && attempts.get().failures() >= MAX_FAILURES
                && attempts.get().lastFailureAt().plus(LOCKOUT).isAfter(now)) {
            throw new InvalidInputException("checkin.error.too-many", LOCKOUT.toMinutes());
        }
        var secret = jdbc.sql("select secret from check_in_secret where session_id = :session")
                .param("session", sessionId)
                .query(String.class)
                .optional();
        if (secret.isEmpty() || !CheckInCode.accepts(HexFormat.of().parseHex(secret.get()), code, now)) {
            jdbc.sql("""
                            insert into check_in_attempt (session_id, person_id, failures, last_failure_at) values (:session, :me, 1, :at)
                            on conflict (session_id, person_id) do update set
                                failures = case when check_in_attempt.last_failure_at < :since then 1 else check_in_attempt.failures + 1 end,
                                last_failure_at = excluded.last_failure_at""")
                    .param("session", sessionId)
                    .param("me", me)
                    .param("at", Timestamp.from(now))
                    .param("since", Timestamp.from(now.minus(LOCKOUT)))
                    .update();
            throw new InvalidInputException("checkin.error.wrong-code");
        }
        jdbc.sql("delete from check_in_attempt where session_id = :session and person_id = :me")
                .param("session", sessionId)
                .param("me", me)
                .update();
        int lateAfter = jdbc.sql(
                        "select co.late_after_minutes from v_cohort c join v_course co on co.id = c.course_id where c.id = :cohort")
                .param("cohort", session.cohortId())
                .query(Integer.class)
                .single();
        var status = now.isAfter(session.startsAt().plus(Duration.ofMinutes(lateAfter)))
                ? AttendanceStatus.LATE
                : AttendanceStatus.PRESENT;
        int written = jdbc.sql("""
                        insert into attendance_mark (session_id, person_id, status, source, marked_by, marked_at)
                        values (:session, :me, :status, 'CHECK_IN', :me, :at)
                        on conflict (session_id, person_id) do nothing""")
                .param("session", sessionId)
                .param("me", me)
                .param("status", status.name())
                .param("at", Timestamp.from(now))
                .update();
        if (written == 0) {
            var existing = jdbc.sql(
                            "select status from attendance_mark where session_id = :session and person_id = :me")
                    .param("session", sessionId)
                    .param("me", me)
                    .query(String.class)
                    .single();
            return new CheckInResult(AttendanceStatus.valueOf(existing), true);
        }
        jdbc.sql("""
                        insert into attendance_change (session_id, person_id, from_status, to_status, remark, changed_by, changed_at)
                        values (:session, :me, null, :status, 'Self check-in', :me, :at)""")
                .param("session", sessionId)
                .param("me", me)
                .param("status", status.name())
                .param("at", Timestamp.from(now))
                .update();
        events.publishEvent(new AttendanceEvents.MarkChanged(sessionId, me, null, status));
        marksSaved.increment();
        return new CheckInResult(status, false);
    }

    private byte[] secret(long sessionId) {
        return HexFormat.of()
                .parseHex(jdbc.sql("select secret from check_in_secret where session_id = :session")
                        .param("session", sessionId)
                        .query(String.class)
                        .single());
    }

    private static byte[] randomSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return secret;
    }
}
