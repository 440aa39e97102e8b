package org.communityorganising.pathways.progression;

import java.util.List;
import java.util.Set;
import org.communityorganising.pathways.base.PersonalData;
import org.communityorganising.pathways.base.PersonalDataSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The person's tier. Kept on erasure: the chapter's pipeline counts it, and it names nobody. */
@Component
class ProgressionPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    ProgressionPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of("person_tier");
    }

    @Override
    public List<Section> export(long personId) {
        return List.of(
                PersonalDataSql.section(jdbc, "data.tier", List.of("data.tier-name", "data.since"), """
                        select t.name_en, pt.since from tier t
                        left join person_tier pt on pt.tier_id = t.id and pt.person_id = :person
                        where t.id = coalesce((select tier_id from person_tier where person_id = :person), (select id from tier order by rank limit 1))""", personId));
    }

    @Override
    public void erase(long personId) {
        // Nothing identifying beyond the id.
    }
}
