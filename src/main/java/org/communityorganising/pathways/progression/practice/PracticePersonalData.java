package org.communityorganising.pathways.progression.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.communityorganising.pathways.base.PersonalData;
import org.communityorganising.pathways.base.PersonalDataSql;
import org.communityorganising.pathways.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's practice log. Private notes go into an export only when the person downloads it
 * themselves: not even an administrator answering a letter reads them. Erasure removes the notes
 * and the reviewers' comments (free text about the person); the entries stay as counts, naming
 * nobody once the person's identity is gone.
 */
@Component
class PracticePersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    PracticePersonalData(JdbcClient jdbc, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Override
    public Set<String> tables() {
        return Set.of("practice_entry");
    }

    @Override
    public List<Section> export(long personId) {
        boolean author =
                currentUser.find().map(user -> user.personId() == personId).orElse(false);
        var columns = new ArrayList<>(List.of(
                "data.practice-kind",
                "data.date",
                "data.institution",
                "data.practice-role",
                "data.turnout-pledged",
                "data.turnout-delivered",
                "data.duration-minutes",
                "data.status",
                "data.review-comment"));
        if (author) {
            columns.add("data.private-note");
        }
        return List.of(PersonalDataSql.section(jdbc, "data.practice", columns, """
                select e.kind, e.occurred_on, i.name, e.role, e.turnout_pledged, e.turnout_delivered, e.duration_minutes, e.status,
                       e.review_comment, e.private_note
                from practice_entry e left join v_institution i on i.id = e.counterpart_institution_id
                where e.person_id = :person order by e.occurred_on, e.id""", personId));
    }

    @Override
    public void erase(long personId) {
        jdbc.sql("update practice_entry set private_note = null, review_comment = null where person_id = :person")
                .param("person", personId)
                .update();
    }
}
