package org.communityorganising.pathways.progression.routes;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;

/** An accredited route: the awarding body, its buckets of hours, and how long it may take. */
public record AccreditedRoute(
        long id,
        String nameEn,
        String nameCy,
        String awardingBody,
        int minMonths,
        int maxMonths,
        boolean active,
        long version,
        List<RouteBucket> buckets) {

    public AccreditedRoute {
        buckets = List.copyOf(buckets);
    }

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameEn, nameCy);
    }

    /** The last day whose hours count: the maximum duration after joining. */
    public LocalDate deadline(LocalDate joinedOn) {
        return joinedOn.plusMonths(maxMonths);
    }

    /** The first day the portfolio may go to the assessor: the minimum duration after joining. */
    public LocalDate assessableFrom(LocalDate joinedOn) {
        return joinedOn.plusMonths(minMonths);
    }

    public RouteForm form() {
        return new RouteForm(
                nameEn,
                nameCy,
                awardingBody,
                minMonths,
                maxMonths,
                active,
                buckets.stream().map(RouteBucket::form).toList(),
                version);
    }
}
