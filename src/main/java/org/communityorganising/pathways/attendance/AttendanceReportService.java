package org.communityorganising.pathways.attendance;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.Rows;
import org.communityorganising.pathways.base.SpreadsheetCell;
import org.communityorganising.pathways.course.SchedulingService;
import org.communityorganising.pathways.security.AppRoles;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance reports of a cohort and their CSV exports, for whoever may see the cohort. Exports
 * carry no institution unless asked (faith and union links are special-category data), use London
 * local times a spreadsheet reads as such, and are recorded in the audit trail.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
public class AttendanceReportService {

    private static final DateTimeFormatter SPREADSHEET_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final SchedulingService scheduling;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AttendanceReportService(
            SchedulingService scheduling, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.scheduling = scheduling;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** What a course asks of attendance: the minimum to complete, and absences in a row that count as slipping. */
    private record CourseRules(int minAttendancePercent, int slippingAbsences) {
        static final RowMapper<CourseRules> ROW = Rows.byName(CourseRules.class);
    }

    /** People × sessions with rates and slipping flags; three queries whatever the cohort's size. */
    public CohortReport cohortReport(long cohortId) {
        var cohort = scheduling.cohort(cohortId);
        var settings =
                jdbc.sql("""
                        select co.min_attendance_percent, co.slipping_absences from v_cohort c join v_course co on co.id = c.course_id
                        where c.id = :cohort""").param("cohort", cohortId).query(CourseRules.ROW).single();
        Instant now = clock.instant();
        List<CohortReport.Session> sessions = jdbc.sql("""
                        select id, starts_at, ends_at, cancelled from v_training_session where cohort_id = :cohort order by starts_at, id""")
                .param("cohort", cohortId)
                .query((rs, row) -> {
                    Instant start = rs.getTimestamp("starts_at").toInstant();
                    boolean cancelled = rs.getBoolean("cancelled");
                    return new CohortReport.Session(
                            rs.getLong("id"),
                            start,
                            rs.getTimestamp("ends_at").toInstant(),
                            cancelled,
                            SessionsHeld.held(start, cancelled, now));
                })
                .list();
        Map<Long, Map<Long, AttendanceStatus>> marks = new HashMap<>();
        jdbc.sql("""
                        select m.person_id, m.session_id, m.status from attendance_mark m
                        join v_training_session s on s.id = m.session_id where s.cohort_id = :cohort""").param("cohort", cohortId).query(rs -> {
            marks.computeIfAbsent(rs.getLong("person_id"), id -> new HashMap<>())
                    .put(rs.getLong("session_id"), AttendanceStatus.valueOf(rs.getString("status")));
        });
        List<CohortReport.Row> rows = jdbc.sql("""
                        select p.id, p.full_name, p.email, i.name as institution_name from v_enrolment e
                        join v_person p on p.id = e.person_id left join v_institution i on i.id = p.institution_id
                        where e.cohort_id = :cohort and e.status <> 'WITHDRAWN' order by lower(p.full_name), p.id""")
                .param("cohort", cohortId)
                .query((rs, row) -> {
                    long person = rs.getLong("id");
                    var mine = marks.getOrDefault(person, Map.of());
                    return new CohortReport.Row(
                            person,
                            rs.getString("full_name"),
                            rs.getString("email"),
                            rs.getString("institution_name"),
                            mine,
                            rate(sessions, mine),
                            slipping(sessions, mine, settings.minAttendancePercent(), settings.slippingAbsences()));
                })
                .list();
        return new CohortReport(cohort, settings.minAttendancePercent(), settings.slippingAbsences(), sessions, rows);
    }

    /** One line per person, one column per session, then the rate. */
    @Transactional
    public byte[] exportWide(long cohortId, boolean includeInstitution) {
        var report = cohortReport(cohortId);
        List<String> header = new ArrayList<>(List.of("Name", "E-mail"));
        if (includeInstitution) {
            header.add("Institution");
        }
        for (var session : report.sessions()) {
            header.add(SPREADSHEET_TIME.format(LondonTime.of(session.startsAt()))
                    + (session.cancelled() ? " (cancelled)" : ""));
        }
        header.add("Attendance rate %");
        var out = new StringWriter();
        try (var csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(SpreadsheetCell.row(header).toArray(String[]::new))
                        .get())) {
            for (var row : report.rows()) {
                List<Object> line = new ArrayList<>(List.of(row.fullName(), row.email()));
                if (includeInstitution) {
                    line.add(row.institutionName() == null ? "" : row.institutionName());
                }
                for (var session : report.sessions()) {
                    var mark = row.marks().get(session.id());
                    line.add(mark == null ? "" : mark.name());
                }
                line.add(
                        row.rate().percent().isPresent()
                                ? String.valueOf(row.rate().percent().getAsInt())
                                : "");
                csv.printRecord(SpreadsheetCell.row(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        recordExport(cohortId, "wide", includeInstitution);
        return withBom(out.toString());
    }

    /** One line per mark: person, session start, end, duration, status, remark, marked by, marked at. */
    @Transactional
    public byte[] exportLong(long cohortId, boolean includeInstitution) {
        scheduling.cohort(cohortId);
        List<String> header = new ArrayList<>(List.of("Name", "E-mail"));
        if (includeInstitution) {
            header.add("Institution");
        }
        header.addAll(List.of(
                "Session start", "Session end", "Duration (min)", "Status", "Remark", "Marked by", "Marked at"));
        var out = new StringWriter();
        try (var csv = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(SpreadsheetCell.row(header).toArray(String[]::new))
                        .get())) {
            jdbc.sql("""
                            select p.full_name, p.email, i.name as institution_name, s.starts_at, s.ends_at, m.status,
                                   m.remark, b.full_name as marked_by, m.marked_at
                            from attendance_mark m
                            join v_training_session s on s.id = m.session_id
                            join v_person p on p.id = m.person_id
                            left join v_institution i on i.id = p.institution_id
                            left join v_person b on b.id = m.marked_by
                            where s.cohort_id = :cohort
                            order by s.starts_at, lower(p.full_name), p.id""").param("cohort", cohortId).query(rs -> {
                Instant start = rs.getTimestamp("starts_at").toInstant();
                Instant end = rs.getTimestamp("ends_at").toInstant();
                List<Object> line = new ArrayList<>(List.of(rs.getString("full_name"), rs.getString("email")));
                if (includeInstitution) {
                    line.add(nullToEmpty(rs.getString("institution_name")));
                }
                line.addAll(List.of(
                        local(start),
                        local(end),
                        Duration.between(start, end).toMinutes(),
                        rs.getString("status"),
                        nullToEmpty(rs.getString("remark")),
                        nullToEmpty(rs.getString("marked_by")),
                        local(rs.getTimestamp("marked_at"))));
                try {
                    csv.printRecord(SpreadsheetCell.row(line));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        recordExport(cohortId, "long", includeInstitution);
        return withBom(out.toString());
    }

    private void recordExport(long cohortId, String format, boolean includeInstitution) {
        events.publishEvent(new AttendanceEvents.AttendanceExported(cohortId, format, includeInstitution));
    }

    /** A byte order mark makes spreadsheet programs read the file as UTF-8 (names like Tomás). */
    private static byte[] withBom(String csv) {
        return ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8);
    }

    private static String local(@Nullable Object instant) {
        if (instant == null) {
            return "";
        }
        Instant value = instant instanceof Timestamp timestamp ? timestamp.toInstant() : (Instant) instant;
        return SPREADSHEET_TIME.format(LondonTime.of(value));
    }

    private static String nullToEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static AttendanceRate rate(List<CohortReport.Session> sessions, Map<Long, AttendanceStatus> marks) {
        int held = 0;
        int present = 0;
        int late = 0;
        int apologies = 0;
        for (var session : sessions) {
            if (!session.held()) {
                continue;
            }
            held++;
            var mark = marks.get(session.id());
            if (mark == AttendanceStatus.PRESENT) {
                present++;
            } else if (mark == AttendanceStatus.LATE) {
                late++;
            } else if (mark == AttendanceStatus.APOLOGIES) {
                apologies++;
            }
        }
        return new AttendanceRate(held, present, late, apologies);
    }

    private static Slipping slipping(
            List<CohortReport.Session> sessions, Map<Long, AttendanceStatus> marks, int minimum, int absences) {
        List<@Nullable AttendanceStatus> newestFirst = new ArrayList<>();
        for (int i = sessions.size() - 1; i >= 0; i--) {
            if (sessions.get(i).held()) {
                newestFirst.add(marks.get(sessions.get(i).id()));
            }
        }
        return Slipping.of(rate(sessions, marks), newestFirst, minimum, absences);
    }
}
