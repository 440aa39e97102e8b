package org.communityorganising.pathways.progression;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.communityorganising.pathways.base.PersonalData;
import org.communityorganising.pathways.base.PersonalDataSql;
import org.communityorganising.pathways.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's tier and its history, their practice log, and the promotion requests about them.
 * Private notes on practice entries go into an export only when the person downloads it
 * themselves: not even an administrator answering a letter reads them. Erasure removes notes,
 * comments and reasons (free text about the person, the approvers' comments included); counts,
 * tiers and decisions stay, naming nobody once the person's identity is gone.
 */
@Component
class ProgressionPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    ProgressionPersonalData(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Override
    public Set<String> tables() {
        return Set.of(
                "person_tier",
                "tier_history",
                "practice_entry",
                "promotion_request",
                "promotion_approval",
                "progression_notice");
    }

    /** The chapter's pipeline keeps counting the tier, naming nobody. */
    @Override
    public Set<String> keptOnErasure() {
        return Set.of("person_tier", "tier_history");
    }

    @Override
    public List<Section> export(long personId) {
        boolean author =
                currentUser.find().map(user -> user.personId() == personId).orElse(false);
        var sections = new ArrayList<Section>();
        sections.add(
                PersonalDataSql.section(jdbc, "data.tier", List.of("data.tier-name", "data.since"), """
                select t.name_en, pt.since from tier t
                left join person_tier pt on pt.tier_id = t.id and pt.person_id = :person
                where t.id = coalesce((select tier_id from person_tier where person_id = :person), (select id from tier order by rank limit 1))""", personId));
        sections.add(PersonalDataSql.section(
                jdbc, "data.tier-history", List.of("data.tier-name", "data.since"), """
                select t.name_en, h.since from tier_history h join tier t on t.id = h.tier_id
                where h.person_id = :person order by h.since""", personId));
        var practiceColumns = new ArrayList<>(List.of(
                "data.practice-kind",
                "data.date",
                "data.institution",
                "data.practice-role",
                "data.turnout-pledged",
                "data.turnout-delivered",
                "data.status",
                "data.review-comment"));
        if (author) {
            practiceColumns.add("data.private-note");
        }
        sections.add(PersonalDataSql.section(jdbc, "data.practice", practiceColumns, """
                select e.kind, e.occurred_on, i.name, e.role, e.turnout_pledged, e.turnout_delivered, e.status,
                       e.review_comment, e.private_note
                from practice_entry e left join v_institution i on i.id = e.counterpart_institution_id
                where e.person_id = :person order by e.occurred_on, e.id""", personId));
        sections.add(PersonalDataSql.section(
                jdbc,
                "data.promotions",
                List.of("data.tier-name", "data.status", "data.when", "data.reason", "data.decision-comment"),
                """
                select t.name_en, r.status, r.requested_at, r.reason, r.decision_comment
                from promotion_request r join tier t on t.id = r.to_tier_id
                where r.person_id = :person order by r.requested_at""",
                personId));
        sections.add(PersonalDataSql.section(
                jdbc,
                "data.promotion-approvals",
                List.of("data.tier-name", "data.when", "data.decision-comment"),
                """
                select t.name_en, a.approved_at, a.comment
                from promotion_approval a join promotion_request r on r.id = a.request_id
                join tier t on t.id = r.to_tier_id
                where r.person_id = :person order by a.approved_at""",
                personId));
        sections.add(PersonalDataSql.section(
                jdbc, "data.promotion-approvals-given", List.of("data.subject", "data.when"), """
                select 'promotion_request ' || a.request_id, a.approved_at from promotion_approval a
                where a.approver_id = :person order by a.approved_at""", personId));
        sections.add(PersonalDataSql.section(
                jdbc, "data.notices", List.of("data.subject", "data.when", "data.read-at"), """
                select 'promotion_request ' || n.request_id, n.created_at, n.read_at from progression_notice n
                where n.person_id = :person order by n.created_at""", personId));
        return sections;
    }

    @Override
    public void erase(long personId) {
        jdbc.sql("update practice_entry set private_note = null, review_comment = null where person_id = :person")
                .param("person", personId)
                .update();
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
