package org.communityorganising.pathways.progression.routes;

import java.time.LocalDate;
import java.util.Locale;
import org.communityorganising.pathways.attendance.AttendedSession;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.progression.practice.PracticeKind;
import org.jspecify.annotations.Nullable;

/**
 * One line of a portfolio's evidence: a session attended (from the register) or a piece of
 * confirmed practice, the bucket it fills and for how long. Never a note or a counterpart.
 *
 * @param session the session attended, or null for practice
 * @param practice the practice's kind, or null for a session
 */
public record EvidenceItem(
        long bucketId,
        LocalDate on,
        long minutes,
        @Nullable AttendedSession session,
        @Nullable PracticeKind practice) {

    static EvidenceItem of(long bucketId, AttendedSession session) {
        return new EvidenceItem(
                bucketId, LondonTime.of(session.startsAt()).toLocalDate(), session.minutes(), session, null);
    }

    /** What it was, for a session: the course and the cohort; for practice, the i18n key of its kind. */
    public String sessionLabel(Locale locale) {
        return session == null ? "" : session.course(locale) + " — " + session.cohortName();
    }
}
