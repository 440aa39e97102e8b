package org.communityorganising.pathways.progression.tiers;

import java.sql.Timestamp;
import java.time.Clock;
import org.communityorganising.pathways.people.PeopleEvents;
import org.communityorganising.pathways.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records a tier a leader already held before Pathways, when an administrator's chapter import
 * says so: in the import's own transaction (a synchronous listener), so the import saves all of it
 * or none. Only ever up the ladder; a tier held already, or a higher one, is left as it is.
 */
@Component
class TierRecognition {

    private final TierCatalogue catalogue;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TierRecognition(
            TierCatalogue catalogue,
            JdbcClient jdbc,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.catalogue = catalogue;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(PeopleEvents.TierRecognisedOnImport event) {
        if (!currentUser.require().isAdmin()) {
            throw new AccessDeniedException("Only an administrator records a tier held before Pathways");
        }
        var held = catalogue.heldBy(event.personId());
        var to = catalogue.tier(event.tierId());
        if (to.rank() <= held.rank()) {
            return;
        }
        var now = Timestamp.from(clock.instant());
        jdbc.sql("""
                        insert into person_tier (person_id, tier_id, since) values (:person, :tier, :at)
                        on conflict (person_id) do update set tier_id = excluded.tier_id, since = excluded.since""")
                .param("person", event.personId())
                .param("tier", event.tierId())
                .param("at", now)
                .update();
        jdbc.sql("""
                        insert into tier_history (person_id, tier_id, since, recognised_from)
                        values (:person, :tier, :at, :file)""")
                .param("person", event.personId())
                .param("tier", event.tierId())
                .param("at", now)
                .param("file", event.fileName())
                .update();
        events.publishEvent(new TierEvents.TierRecognised(event.personId(), held.rank(), to.rank()));
    }
}
