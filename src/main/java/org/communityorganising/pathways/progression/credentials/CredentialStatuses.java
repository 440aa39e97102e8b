package org.communityorganising.pathways.progression.credentials;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Changes a credential's status, in the caller's transaction; a revoked one stays revoked. */
@Component
class CredentialStatuses {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final StatusLists statusLists;

    CredentialStatuses(JdbcClient jdbc, ApplicationEventPublisher events, Clock clock, StatusLists statusLists) {
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
        this.statusLists = statusLists;
    }

    void set(UUID id, long personId, CredentialStatus status, String reason) {
        var changed = jdbc.sql("""
                        update credential set status = :status, status_reason = :reason, status_changed_at = :at,
                               version = version + 1
                        where id = :id and status <> 'REVOKED' and status <> :status
                        returning tier_rank""")
                .param("status", status.name())
                .param("reason", reason)
                .param("at", Timestamp.from(clock.instant()))
                .param("id", id)
                .query(Integer.class)
                .optional();
        if (changed.isPresent()) {
            statusLists.changed();
            events.publishEvent(new CredentialEvents.CredentialStatusChanged(personId, changed.get(), status, reason));
        }
    }
}
