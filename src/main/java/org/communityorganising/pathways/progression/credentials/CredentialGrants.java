package org.communityorganising.pathways.progression.credentials;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.communityorganising.pathways.progression.tiers.TierEvents;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Issues a credential when a person is granted a tier (a promotion, or a tier recognised on
 * import), and revokes the credentials of tiers above the one a reversed decision leaves them
 * with. After the tier's transaction commits, through the event publication registry: a failure
 * is retried, not lost. A person holds at most one live credential per tier.
 */
@Component
class CredentialGrants {

    private final JdbcClient jdbc;
    private final CredentialIssuer issuer;
    private final CredentialStatuses statuses;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CredentialGrants(
            JdbcClient jdbc,
            CredentialIssuer issuer,
            CredentialStatuses statuses,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.issuer = issuer;
        this.statuses = statuses;
        this.events = events;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(TierEvents.TierChanged changed) {
        follow(changed.personId(), changed.fromRank(), changed.toRank());
    }

    @ApplicationModuleListener
    void on(TierEvents.TierRecognised recognised) {
        follow(recognised.personId(), recognised.fromRank(), recognised.toRank());
    }

    private void follow(long personId, int fromRank, int toRank) {
        if (toRank > fromRank) {
            issue(personId, toRank);
        } else {
            jdbc.sql(
                            "select id from credential where person_id = :person and tier_rank > :rank and status <> 'REVOKED'")
                    .param("person", personId)
                    .param("rank", toRank)
                    .query(UUID.class)
                    .list()
                    .forEach(id -> statuses.set(id, personId, CredentialStatus.REVOKED, "DECISION_REVERSED"));
        }
    }

    /** Issues the credential of the tier the person holds, unless they have a live one already. */
    void issue(long personId, int rank) {
        var person = jdbc.sql("select email from v_person where id = :id and email is not null")
                .param("id", personId)
                .query(String.class)
                .optional();
        var tier = jdbc.sql("select name_en, name_cy from v_tier where rank = :rank")
                .param("rank", rank)
                .query((rs, row) -> new String[] {rs.getString("name_en"), rs.getString("name_cy")})
                .optional();
        if (person.isEmpty() || tier.isEmpty() || rank < 1) {
            return;
        }
        var id = UUID.randomUUID();
        var now = clock.instant();
        int index = jdbc.sql("select nextval('credential_status_index')::int")
                .query(Integer.class)
                .single();
        String jwt = issuer.sign(id, person.get(), rank, tier.get()[0], tier.get()[1], now, index);
        int inserted = jdbc.sql("""
                        insert into credential (id, person_id, tier_rank, tier_name_en, tier_name_cy, issued_at, status_index, jwt)
                        values (:id, :person, :rank, :en, :cy, :at, :index, :jwt)
                        on conflict do nothing""")
                .param("id", id)
                .param("person", personId)
                .param("rank", rank)
                .param("en", tier.get()[0])
                .param("cy", tier.get()[1])
                .param("at", Timestamp.from(now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)))
                .param("index", index)
                .param("jwt", jwt)
                .update();
        if (inserted == 1) {
            events.publishEvent(new CredentialEvents.CredentialIssued(id, personId, rank));
        }
    }
}
