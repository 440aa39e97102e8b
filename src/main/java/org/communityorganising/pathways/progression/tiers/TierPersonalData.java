package org.communityorganising.pathways.progression.tiers;

import java.util.List;
import java.util.Set;
import org.communityorganising.pathways.base.PersonalData;
import org.communityorganising.pathways.base.PersonalDataSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's tier, its history and their standing in it: exported; kept on erasure, naming nobody,
 * for the chapter's counts. Standing notices, to the person or about them, are deleted.
 */
@Component
class TierPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    TierPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of("person_tier", "tier_history", "tier_standing", "tier_standing_history", "standing_notice");
    }

    /** The chapter's pipeline keeps counting the tier, naming nobody. */
    @Override
    public Set<String> keptOnErasure() {
        return Set.of("person_tier", "tier_history", "tier_standing", "tier_standing_history");
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
                        personId),
                PersonalDataSql.section(
                        jdbc,
                        "data.tier-standing-now",
                        List.of("data.tier-name", "data.standing", "data.since", "data.kept-until"),
                        """
                        select t.name_en, s.state, s.since, s.kept_until from tier_standing s join tier t on t.id = s.tier_id
                        where s.person_id = :person""",
                        personId),
                // Notices about themselves; those about leaders they support are the leaders' data.
                PersonalDataSql.section(
                        jdbc,
                        "data.standing-notices",
                        List.of(
                                "data.tier-name",
                                "data.standing",
                                "data.kept-until",
                                "data.created-at",
                                "data.read-at"),
                        """
                        select t.name_en, n.state, n.kept_until, n.created_at, n.read_at from standing_notice n
                        join tier t on t.id = n.tier_id
                        where n.person_id = :person and n.about_id = :person order by n.created_at""",
                        personId),
                PersonalDataSql.section(
                        jdbc,
                        "data.tier-standing",
                        List.of("data.tier-name", "data.standing", "data.since", "data.kept-until"),
                        """
                        select t.name_en, h.state, h.since, h.kept_until from tier_standing_history h
                        join tier t on t.id = h.tier_id
                        where h.person_id = :person order by h.since, h.id""",
                        personId));
    }

    @Override
    public void erase(long personId) {
        // A notice names the leader it is about (to their supporters): none is left either way.
        jdbc.sql("delete from standing_notice where person_id = :person or about_id = :person")
                .param("person", personId)
                .update();
        // The tier and its day keep counting, naming nobody; the name of the import file might.
        jdbc.sql(
                        "update tier_history set recognised_from = 'import' where person_id = :person and recognised_from is not null")
                .param("person", personId)
                .update();
    }
}
