package org.communityorganising.pathways.attendance;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.ChapterScope;
import org.communityorganising.pathways.security.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A chapter's attendance at a glance, for its lead and administrators: who is slipping now. */
@Service
@Transactional(readOnly = true)
@PreAuthorize(AppRoles.LEAD_OR_ADMIN)
public class ChapterAttendance {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    ChapterAttendance(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Everyone slipping in the chapter's running cohorts, by the cohort report's rule ({@link
     * Slipping}); one statement, whatever the size of the chapter.
     */
    public List<SlippingLeader> slipping(long chapterId) {
        ChapterScope.requireChapter(currentUser.require(), chapterId);
        var marks = jdbc.sql("""
                        select e.person_id, p.full_name, c.id as cohort_id, c.name as cohort_name,
                               co.min_attendance_percent, co.slipping_absences, m.status
                        from v_cohort c
                        join v_course co on co.id = c.course_id
                        join v_enrolment e on e.cohort_id = c.id and e.status <> 'WITHDRAWN'
                        join v_person p on p.id = e.person_id and p.active and p.chapter_id = :chapter
                        join v_training_session s on s.cohort_id = c.id and %s
                        left join attendance_mark m on m.session_id = s.id and m.person_id = e.person_id
                        where c.chapter_id = :chapter and c.status = 'RUNNING'
                        order by p.full_name, e.person_id, c.id, s.starts_at desc""".formatted(SessionsHeld.SQL))
                .param("chapter", chapterId)
                .param("now", SessionsHeld.now(clock.instant()))
                .query((rs, row) -> new HeldMark(
                        rs.getLong("person_id"),
                        rs.getString("full_name"),
                        rs.getLong("cohort_id"),
                        rs.getString("cohort_name"),
                        rs.getInt("min_attendance_percent"),
                        rs.getInt("slipping_absences"),
                        rs.getString("status") == null ? null : AttendanceStatus.valueOf(rs.getString("status"))))
                .list();
        List<SlippingLeader> slipping = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= marks.size(); i++) {
            if (i == marks.size() || !marks.get(i).sameEnrolment(marks.get(start))) {
                var run = marks.subList(start, i);
                var first = run.getFirst();
                List<@Nullable AttendanceStatus> newestFirst = new ArrayList<>();
                run.forEach(mark -> newestFirst.add(mark.status()));
                var result = Slipping.of(rate(run), newestFirst, first.minimumPercent(), first.absences());
                if (result.slipping()) {
                    slipping.add(new SlippingLeader(
                            first.personId(), first.fullName(), first.cohortId(), first.cohortName(), result));
                }
                start = i;
            }
        }
        return slipping;
    }

    private static AttendanceRate rate(List<HeldMark> run) {
        int present = 0;
        int late = 0;
        int apologies = 0;
        for (var mark : run) {
            if (mark.status() == AttendanceStatus.PRESENT) {
                present++;
            } else if (mark.status() == AttendanceStatus.LATE) {
                late++;
            } else if (mark.status() == AttendanceStatus.APOLOGIES) {
                apologies++;
            }
        }
        return new AttendanceRate(run.size(), present, late, apologies);
    }

    /** One held session of one enrolment, newest first, with its mark (null: not marked). */
    private record HeldMark(
            long personId,
            String fullName,
            long cohortId,
            String cohortName,
            int minimumPercent,
            int absences,
            @Nullable AttendanceStatus status) {

        boolean sameEnrolment(HeldMark other) {
            return personId == other.personId && cohortId == other.cohortId;
        }
    }
}
