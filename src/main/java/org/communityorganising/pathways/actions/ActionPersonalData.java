package org.communityorganising.pathways.actions;

import java.util.List;
import java.util.Set;
import org.communityorganising.pathways.base.PersonalData;
import org.communityorganising.pathways.base.PersonalDataSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person at actions: where they checked in, whom they brought, their named roles and pledges,
 * and the ledger entries they kept as an organiser. All ids, days and numbers: kept on erasure,
 * naming nobody once the person is anonymous, so that turnout and roles still add up; the failed
 * check-in attempts go.
 */
@Component
class ActionPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    ActionPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of(
                "organising_action",
                "action_check_in_attempt",
                "action_pledge",
                "action_leader_pledge",
                "action_attendance",
                "action_role",
                "action_roll_call",
                "action_vote");
    }

    @Override
    public Set<String> keptOnErasure() {
        return Set.of(
                "organising_action",
                "action_pledge",
                "action_leader_pledge",
                "action_attendance",
                "action_role",
                "action_roll_call",
                "action_vote");
    }

    @Override
    public List<Section> export(long personId) {
        return List.of(
                PersonalDataSql.section(
                        jdbc,
                        "data.actions-attended",
                        List.of(
                                "data.action-title",
                                "data.date",
                                "data.institution",
                                "data.action-brought-by",
                                "data.action-source"),
                        """
                        select a.title, a.starts_at, i.name, b.full_name, t.source
                        from action_attendance t join organising_action a on a.id = t.action_id
                        left join v_institution i on i.id = t.institution_id
                        left join v_person b on b.id = t.brought_by
                        where t.person_id = :person order by a.starts_at""",
                        personId),
                PersonalDataSql.section(
                        jdbc,
                        "data.actions-brought",
                        List.of("data.action-title", "data.date", "data.action-people"),
                        """
                        select a.title, a.starts_at, count(*) from action_attendance t
                        join organising_action a on a.id = t.action_id
                        where t.brought_by = :person group by a.id, a.title, a.starts_at order by a.starts_at""",
                        personId),
                PersonalDataSql.section(
                        jdbc,
                        "data.actions-roles",
                        List.of("data.action-title", "data.date", "data.action-role"),
                        """
                        select a.title, a.starts_at, r.role from action_role r join organising_action a on a.id = r.action_id
                        where r.person_id = :person order by a.starts_at""",
                        personId),
                PersonalDataSql.section(
                        jdbc,
                        "data.actions-pledges",
                        List.of("data.action-title", "data.date", "data.action-people"),
                        """
                        select a.title, a.starts_at, p.pledged from action_leader_pledge p
                        join organising_action a on a.id = p.action_id
                        where p.person_id = :person order by a.starts_at""",
                        personId),
                PersonalDataSql.section(
                        jdbc,
                        "data.actions-kept",
                        List.of("data.action-title", "data.date", "data.action-entry"),
                        """
                        select a.title, a.created_at, 'created' from organising_action a where a.created_by = :person
                        union all
                        select a.title, p.updated_at, 'pledge' from action_pledge p join organising_action a on a.id = p.action_id
                        where p.updated_by = :person
                        union all
                        select a.title, r.recorded_at, 'roll call' from action_roll_call r
                        join organising_action a on a.id = r.action_id where r.recorded_by = :person
                        union all
                        select a.title, v.recorded_at, 'vote' from action_vote v join organising_action a on a.id = v.action_id
                        where v.recorded_by = :person
                        union all
                        select a.title, p.updated_at, 'leader pledge' from action_leader_pledge p
                        join organising_action a on a.id = p.action_id where p.updated_by = :person
                        union all
                        select a.title, r.recorded_at, 'named role' from action_role r
                        join organising_action a on a.id = r.action_id where r.recorded_by = :person
                        union all
                        select a.title, t.arrived_at, 'walk-in' from action_attendance t
                        join organising_action a on a.id = t.action_id where t.recorded_by = :person and t.source = 'WALK_IN'
                        order by 2""",
                        personId),
                PersonalDataSql.section(
                        jdbc,
                        "data.actions-attempts",
                        List.of("data.action-title", "data.action-failures", "data.date"),
                        """
                        select a.title, t.failures, t.last_failure_at from action_check_in_attempt t
                        join organising_action a on a.id = t.action_id where t.person_id = :person""",
                        personId));
    }

    @Override
    public void erase(long personId) {
        jdbc.sql("delete from action_check_in_attempt where person_id = :person")
                .param("person", personId)
                .update();
    }
}
