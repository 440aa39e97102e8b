package org.communityorganising.pathways.attendance;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;
import org.communityorganising.pathways.base.Rows;
import org.springframework.jdbc.core.RowMapper;

/** A session a person attended (present or late), with the register's times and its course. */
public record AttendedSession(
        long sessionId,
        Instant startsAt,
        Instant endsAt,
        String cohortName,
        String courseEn,
        String courseCy,
        AttendanceStatus status) {

    static final RowMapper<AttendedSession> ROW = Rows.byName(AttendedSession.class);

    /** The session's length as scheduled: a late arrival is counted for the whole session. */
    public long minutes() {
        return Math.max(0, Duration.between(startsAt, endsAt).toMinutes());
    }

    public String course(Locale locale) {
        return Bilingual.pick(locale, courseEn, courseCy);
    }
}
