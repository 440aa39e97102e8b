package org.communityorganising.pathways.calendar;

import org.communityorganising.pathways.people.PeopleEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A deactivated person's private calendar address is revoked: deactivation is how someone leaves,
 * and a secret URL must not outlive it. If they come back, their home page gives them a new one.
 * Runs after the deactivation committed, in its own transaction, through the event publication
 * registry — if it fails, it is tried again rather than forgotten.
 */
@Component
class FeedRevocation {

    private static final Logger log = LoggerFactory.getLogger(FeedRevocation.class);

    private final JdbcClient jdbc;

    FeedRevocation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(PeopleEvents.PersonActivationChanged event) {
        if (!event.active()) {
            int revoked = jdbc.sql("delete from calendar_feed where person_id = :person")
                    .param("person", event.personId())
                    .update();
            if (revoked > 0) {
                log.info("Calendar feed of deactivated person {} revoked", event.personId());
            }
        }
    }
}
