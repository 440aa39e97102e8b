package org.communityorganising.pathways.dashboard;

import java.util.Locale;
import java.util.Optional;

/** The lists behind the dashboard's counts, each at its own address (/chapter/{id}/{list}). */
public enum DashboardList {
    LAPSING,
    SLIPPING,
    READY,
    PRACTICE_WAITING,
    MOVED_UP,
    MENTORING_OVERDUE,
    TIER;

    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<DashboardList> ofSlug(String slug) {
        for (var list : values()) {
            if (list.slug().equals(slug)) {
                return Optional.of(list);
            }
        }
        return Optional.empty();
    }
}
