package org.communityorganising.pathways.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.communityorganising.pathways.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A promotion mail still waiting when progression's classes moved (changeset 0022) names classes
 * that exist again afterwards, so the registry can resubmit it: run on a waiting publication of
 * the old names, in a transaction rolled back. Its comment (events carried one before 0018) goes.
 */
@IntegrationTest
class ProgressionEventNamesTest {

    private static final String OLD = "org.communityorganising.pathways.progression.";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aWaitingPromotionMailNamesTheMovedClassesAfterTheRename() throws Exception {
        String changeset = new ClassPathResource("db/changelog/changes/0022-progression-event-names.sql")
                .getContentAsString(StandardCharsets.UTF_8);
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.sql("""
                            insert into event_publication (id, listener_id, event_type, serialized_event, publication_date)
                            values (gen_random_uuid(), :listener, :type, :event, now())""")
                    .param("listener", OLD + "PromotionMail.on(" + OLD + "ProgressionEvents$PromotionDecided)")
                    .param("type", OLD + "ProgressionEvents$PromotionDecided")
                    .param("event", """
                            {"requestId":7,"personId":42,"approved":true,"fromRank":0,"toRank":1,
                             "comment":"Ayesha chaired the assembly"}""")
                    .update();
            jdbc.sql(changeset).update();
            var row = jdbc.sql("""
                            select listener_id, event_type, serialized_event from event_publication
                            where completion_date is null and listener_id like '%PromotionMail%'""")
                    .query((rs, n) -> new String[] {
                        rs.getString("listener_id"), rs.getString("event_type"), rs.getString("serialized_event")
                    })
                    .single();
            var mail = org.communityorganising.pathways.progression.promotions.PromotionEvents.PromotionDecided.class;
            assertThat(row[1]).isEqualTo(mail.getName());
            assertThat(row[2])
                    .as("the comment that named the leader is gone, the ids stay")
                    .doesNotContain("Ayesha")
                    .contains("\"requestId\": 7");
            assertThat(row[0])
                    .isEqualTo(OLD + "promotions.PromotionMail.on(" + mail.getName() + ")")
                    .startsWith(OLD + "promotions.PromotionMail");
        });
    }
}
