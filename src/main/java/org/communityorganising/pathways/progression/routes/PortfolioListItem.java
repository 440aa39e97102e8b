package org.communityorganising.pathways.progression.routes;

import java.time.LocalDate;
import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;
import org.communityorganising.pathways.base.Rows;
import org.springframework.jdbc.core.RowMapper;

/** A portfolio in a list: whose, which route, when it started and ends, and how many buckets are signed off. */
public record PortfolioListItem(
        long id,
        long routeId,
        String personName,
        String routeEn,
        String routeCy,
        LocalDate joinedOn,
        LocalDate deadline,
        PortfolioStatus status,
        int signedOff,
        int buckets) {

    static final RowMapper<PortfolioListItem> ROW = Rows.byName(PortfolioListItem.class);

    public String route(Locale locale) {
        return Bilingual.pick(locale, routeEn, routeCy);
    }
}
