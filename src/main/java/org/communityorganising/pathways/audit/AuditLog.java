package org.communityorganising.pathways.audit;

import java.sql.Timestamp;
import java.time.Clock;
import org.communityorganising.pathways.security.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends audit events in the caller's transaction, so an event exists exactly when the change it
 * describes was committed. Not a public service: features call it from their guarded methods.
 */
@Component
public class AuditLog {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String subjectType, long subjectId, String details) {
        jdbc.sql("""
                        insert into audit_event (occurred_at, actor_id, action, subject_type, subject_id, details)
                        values (:at, :actor, :action, :type, :id, :details)""")
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", currentUser.find().map(user -> user.personId()).orElse(null), java.sql.Types.BIGINT)
                .param("action", action)
                .param("type", subjectType)
                .param("id", subjectId)
                .param("details", details.length() > 2000 ? details.substring(0, 2000) : details)
                .update();
    }
}
