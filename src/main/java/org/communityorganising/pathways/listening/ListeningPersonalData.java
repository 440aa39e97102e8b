package org.communityorganising.pathways.listening;

import java.util.List;
import java.util.Set;
import org.communityorganising.pathways.base.PersonalData;
import org.communityorganising.pathways.base.PersonalDataSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a person logged in listening campaigns (counts and tags: no names, no stories), and the
 * campaigns they opened, in their export; kept on erasure, naming nobody once the person is
 * anonymous, so that the chapter's tally does not change.
 */
@Component
class ListeningPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    ListeningPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of("listening_log", "listening_campaign");
    }

    @Override
    public Set<String> keptOnErasure() {
        return tables();
    }

    @Override
    public List<Section> export(long personId) {
        return List.of(
                PersonalDataSql.section(
                        jdbc,
                        "data.listening",
                        List.of(
                                "data.listening-campaign",
                                "data.date",
                                "data.listening-kind",
                                "data.listening-people",
                                "data.listening-tags"),
                        """
                        select c.name, l.occurred_on, l.kind, l.people,
                               (select string_agg(t.label, ', ' order by t.position) from listening_log_tag lt
                                join listening_tag t on t.id = lt.tag_id where lt.log_id = l.id)
                        from listening_log l join listening_campaign c on c.id = l.campaign_id
                        where l.person_id = :person order by l.occurred_on, l.id""",
                        personId),
                PersonalDataSql.section(
                        jdbc,
                        "data.listening-opened",
                        List.of("data.listening-campaign", "data.created-at"),
                        """
                        select c.name, c.created_at from listening_campaign c
                        where c.opened_by = :person order by c.created_at""",
                        personId));
    }

    @Override
    public void erase(long personId) {
        // Counts and tags only: nothing here names the person once their own row is anonymous.
    }
}
