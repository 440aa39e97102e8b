package org.communityorganising.pathways.progression.promotions;

import java.util.List;
import java.util.Set;
import org.communityorganising.pathways.base.PersonalData;
import org.communityorganising.pathways.base.PersonalDataSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The promotion requests about a person, the approvals given on them and by them, and the notices
 * of decisions. Erasure removes reasons and comments (free text about the person, the approvers'
 * comments included) and the notices; the decisions stay, naming nobody.
 */
@Component
class PromotionPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    PromotionPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of("promotion_request", "promotion_approval", "progression_notice");
    }

    @Override
    public List<Section> export(long personId) {
        return List.of(
                PersonalDataSql.section(
                        jdbc,
                        "data.promotions",
                        List.of("data.tier-name", "data.status", "data.when", "data.reason", "data.decision-comment"),
                        """
                        select t.name_en, r.status, r.requested_at, r.reason, r.decision_comment
                        from promotion_request r join tier t on t.id = r.to_tier_id
                        where r.person_id = :person order by r.requested_at""",
                        personId),
                PersonalDataSql.section(
                        jdbc,
                        "data.promotion-approvals",
                        List.of("data.tier-name", "data.when", "data.decision-comment"),
                        """
                        select t.name_en, a.approved_at, a.comment
                        from promotion_approval a join promotion_request r on r.id = a.request_id
                        join tier t on t.id = r.to_tier_id
                        where r.person_id = :person order by a.approved_at""",
                        personId),
                PersonalDataSql.section(
                        jdbc, "data.promotion-approvals-given", List.of("data.subject", "data.when"), """
                        select 'promotion_request ' || a.request_id, a.approved_at from promotion_approval a
                        where a.approver_id = :person order by a.approved_at""", personId),
                PersonalDataSql.section(
                        jdbc, "data.notices", List.of("data.subject", "data.when", "data.read-at"), """
                        select 'promotion_request ' || n.request_id, n.created_at, n.read_at from progression_notice n
                        where n.person_id = :person order by n.created_at""", personId));
    }

    @Override
    public void erase(long personId) {
        jdbc.sql("""
                        update promotion_request set reason = null, decision_comment = null
                        where person_id = :person""").param("person", personId).update();
        // What approvers wrote about the person; approvals the person gave stay, naming nobody now.
        jdbc.sql("""
                        update promotion_approval set comment = null
                        where request_id in (select id from promotion_request where person_id = :person)""").param("person", personId).update();
        jdbc.sql("delete from progression_notice where person_id = :person")
                .param("person", personId)
                .update();
    }
}
