package org.communityorganising.pathways.progression.tiers;

import java.util.List;
import java.util.Set;
import org.communityorganising.pathways.base.PersonalData;
import org.communityorganising.pathways.base.PersonalDataSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A person's tier and its history: exported; kept on erasure, naming nobody, for the chapter's counts. */
@Component
class TierPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    TierPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of("person_tier", "tier_history");
    }

    /** The chapter's pipeline keeps counting the tier, naming nobody. */
    @Override
    public Set<String> keptOnErasure() {
        return tables();
    }

    @Override
    public List<Section> export(long personId) {
        return List.of(
                // person_tier is read through v_person_tier, the one reading of a person's tier.
                PersonalDataSql.section(jdbc, "data.tier", List.of("data.tier-name", "data.since"), """
                        select t.name_en, v.since from v_person_tier v join tier t on t.id = v.tier_id
                        where v.person_id = :person""", personId),
                PersonalDataSql.section(
                        jdbc,
                        "data.tier-history",
                        List.of("data.tier-name", "data.since", "data.recognised-from"),
                        """
                        select t.name_en, h.since, h.recognised_from from tier_history h join tier t on t.id = h.tier_id
                        where h.person_id = :person order by h.since""",
                        personId));
    }

    @Override
    public void erase(long personId) {
        // The tier and its day keep counting, naming nobody; the name of the import file might.
        jdbc.sql(
                        "update tier_history set recognised_from = 'import' where person_id = :person and recognised_from is not null")
                .param("person", personId)
                .update();
    }
}
