package org.communityorganising.pathways.progression.routes;

import java.util.List;
import java.util.Set;
import org.communityorganising.pathways.base.PersonalData;
import org.communityorganising.pathways.base.PersonalDataSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's portfolios and the sign-offs of their buckets, in their export. Both hold only ids,
 * dates and numbers: kept on erasure, naming nobody once the person's own row is anonymous (the
 * hours themselves were never stored here).
 */
@Component
class RoutePersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final java.time.Clock clock;

    RoutePersonalData(JdbcClient jdbc, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Set<String> tables() {
        return Set.of("route_portfolio", "route_signoff");
    }

    /** Sign-offs are ids, dates and minutes; portfolios are closed on erasure, so not kept as they are. */
    @Override
    public Set<String> keptOnErasure() {
        return Set.of("route_signoff");
    }

    @Override
    public List<Section> export(long personId) {
        return List.of(
                PersonalDataSql.section(
                        jdbc,
                        "data.routes",
                        List.of("data.route", "data.awarding-body", "data.joined-on", "data.status", "data.left-on"),
                        """
                        select r.name_en, r.awarding_body, pf.joined_on, pf.status, pf.left_on
                        from route_portfolio pf join accredited_route r on r.id = pf.route_id
                        where pf.person_id = :person order by pf.joined_on, pf.id""",
                        personId),
                PersonalDataSql.section(
                        jdbc,
                        "data.route-signoffs",
                        List.of(
                                "data.route",
                                "data.bucket",
                                "data.signed-by",
                                "data.signed-at",
                                "data.duration-minutes"),
                        """
                        select r.name_en, b.name_en, p.full_name, s.signed_at, s.minutes
                        from route_signoff s
                        join route_portfolio pf on pf.id = s.portfolio_id
                        join accredited_route r on r.id = pf.route_id
                        join route_bucket b on b.id = s.bucket_id
                        left join v_person p on p.id = s.signed_by
                        where pf.person_id = :person order by s.signed_at""",
                        personId));
    }

    @Override
    public void erase(long personId) {
        // Nothing here names anyone (ids, dates, minutes); an erased person follows no route any
        // more, so their portfolios leave the trainers' lists of open ones.
        jdbc.sql("""
                        update route_portfolio set status = 'LEFT', left_on = greatest(joined_on, :today),
                            version = version + 1
                        where person_id = :person and status = 'ACTIVE'""")
                .param("person", personId)
                .param(
                        "today",
                        java.time.LocalDate.ofInstant(
                                clock.instant(), org.communityorganising.pathways.base.LondonTime.ZONE))
                .update();
    }
}
