package org.communityorganising.pathways.progression.routes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.communityorganising.pathways.attendance.AttendedSession;
import org.communityorganising.pathways.progression.practice.TimedPractice;

/**
 * Which bucket each hour fills (pure): sessions attended fill the bucket that counts training,
 * confirmed practice the bucket that names its kind; what fills no bucket is left out. The window
 * (from joining to the deadline) is the caller's: only what happened inside it is passed in.
 */
final class PortfolioHours {

    private PortfolioHours() {}

    /** The evidence, oldest first, and the minutes per bucket (every bucket present, in order). */
    record Counted(List<EvidenceItem> items, Map<Long, Long> minutesByBucket) {}

    static Counted count(List<RouteBucket> buckets, List<AttendedSession> sessions, List<TimedPractice> practice) {
        Map<Long, Long> minutes = new LinkedHashMap<>();
        buckets.forEach(bucket -> minutes.put(bucket.id(), 0L));
        List<EvidenceItem> items = new ArrayList<>();
        var training = buckets.stream().filter(RouteBucket::countsTraining).findFirst();
        training.ifPresent(bucket -> sessions.forEach(session -> items.add(EvidenceItem.of(bucket.id(), session))));
        for (TimedPractice entry : practice) {
            buckets.stream()
                    .filter(bucket -> bucket.practiceKinds().contains(entry.kind()))
                    .findFirst()
                    .ifPresent(bucket -> items.add(
                            new EvidenceItem(bucket.id(), entry.occurredOn(), entry.minutes(), null, entry.kind())));
        }
        items.sort(java.util.Comparator.comparing(EvidenceItem::on));
        items.forEach(item -> minutes.merge(item.bucketId(), item.minutes(), Long::sum));
        return new Counted(List.copyOf(items), minutes);
    }
}
