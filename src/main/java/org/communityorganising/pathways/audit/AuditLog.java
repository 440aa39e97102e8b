package org.communityorganising.pathways.audit;

import java.sql.Timestamp;
import java.time.Clock;
import org.communityorganising.pathways.base.AuditableEvent;
import org.communityorganising.pathways.security.CurrentUser;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail: listens to every {@link AuditableEvent} and appends an audit_event row in the
 * publisher's transaction (synchronously, before commit), so an entry exists exactly when the
 * change it describes was committed. The actor is whoever is signed in on that thread.
 */
@Component
class AuditLog {

    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, CurrentUser currentUser, Clock clock) {
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(AuditableEvent event) {
        var entry = event.audit();
        String details = entry.details();
        jdbc.sql("""
                        insert into audit_event (occurred_at, actor_id, action, subject_type, subject_id, details)
                        values (:at, :actor, :action, :type, :id, :details)""")
                .param("at", Timestamp.from(clock.instant()))
                .param("actor", currentUser.find().map(user -> user.personId()).orElse(null), java.sql.Types.BIGINT)
                .param("action", entry.action())
                .param("type", entry.subjectType())
                .param("id", entry.subjectId())
                .param("details", details.length() > 2000 ? details.substring(0, 2000) : details)
                .update();
    }
}
