package org.communityorganising.pathways.attendance;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.communityorganising.pathways.course.SessionDetails;

/** A session's register: the session and every enrolled person with their mark. */
public record Register(SessionDetails session, List<RegisterRow> rows) {

    /** How many people have each mark, for the session report above the register. */
    public Map<AttendanceStatus, Integer> counts() {
        Map<AttendanceStatus, Integer> counts = new EnumMap<>(AttendanceStatus.class);
        for (var status : AttendanceStatus.values()) {
            counts.put(status, 0);
        }
        rows.stream().filter(RegisterRow::marked).forEach(row -> counts.merge(row.status(), 1, Integer::sum));
        return counts;
    }

    public long unmarked() {
        return rows.stream().filter(row -> !row.marked()).count();
    }
}
