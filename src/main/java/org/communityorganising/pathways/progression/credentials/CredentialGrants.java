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
    private final StatusLists statusLists;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CredentialGrants(
            JdbcClient jdbc,
            CredentialIssuer issuer,
            CredentialStatuses statuses,
            StatusLists statusLists,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.issuer = issuer;
        this.statuses = statuses;
        this.statusLists = statusLists;
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

    /**
     * Issues the credential of the tier the person holds now, unless they have a live one for it;
     * returns whether one was issued. Under the person's credential lock, which erasure takes too:
     * a credential is never issued to someone being erased, nor for a tier they no longer hold
     * (a late or repeated event, the backfill's older list).
     */
    boolean issue(long personId, int rank) {
        CredentialLock.take(jdbc, personId);
        var person = jdbc.sql("""
                        select p.email from v_person p join v_person_tier t on t.person_id = p.id
                        where p.id = :id and p.active and p.email is not null and t.rank = :rank""")
                .param("id", personId)
                .param("rank", rank)
                .query(String.class)
                .optional();
        var tier = tier(rank);
        boolean held = jdbc.sql("""
                        select exists (select 1 from credential
                                       where person_id = :id and tier_rank = :rank and status <> 'REVOKED')""")
                .param("id", personId)
                .param("rank", rank)
                .query(Boolean.class)
                .single();
        if (person.isEmpty() || tier.isEmpty() || rank < 1 || held) {
            return false;
        }
        var id = UUID.randomUUID();
        var now = clock.instant();
        int index = statusLists.freeIndex();
        String jwt = issuer.sign(id, person.get(), tier.get(), now, index);
        jdbc.sql("""
                        insert into credential (id, person_id, tier_rank, tier_name_en, tier_name_cy, issued_at, status_index, jwt)
                        values (:id, :person, :rank, :en, :cy, :at, :index, :jwt)""")
                .param("id", id)
                .param("person", personId)
                .param("rank", rank)
                .param("en", tier.get().nameEn())
                .param("cy", tier.get().nameCy())
                .param("at", Timestamp.from(now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)))
                .param("index", index)
                .param("jwt", jwt)
                .update();
        events.publishEvent(new CredentialEvents.CredentialIssued(personId, rank));
        return true;
    }

    /** A tier of the ladder as credentials state it, by rank. */
    java.util.Optional<CredentialIssuer.Tier> tier(int rank) {
        return jdbc.sql("select rank, name_en, name_cy, summary_en, summary_cy from v_tier where rank = :rank")
                .param("rank", rank)
                .query((rs, row) -> new CredentialIssuer.Tier(
                        rs.getInt("rank"),
                        rs.getString("name_en"),
                        rs.getString("name_cy"),
                        rs.getString("summary_en"),
                        rs.getString("summary_cy")))
                .optional();
    }
}
