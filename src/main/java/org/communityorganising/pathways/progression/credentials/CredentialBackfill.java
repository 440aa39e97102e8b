package org.communityorganising.pathways.progression.credentials;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues the credential of every tier held without one: those granted before credentials
 * existed (and the demo's leaders). Once the app is up, in the background, one person per
 * transaction; a node that starts beside another cannot issue twice (one live credential per
 * person and tier is a unique index). Off with {@code pathways.credentials.backfill=false}.
 */
@Component
class CredentialBackfill {

    private static final Logger log = LoggerFactory.getLogger(CredentialBackfill.class);

    private final JdbcClient jdbc;
    private final CredentialGrants grants;
    private final TransactionTemplate transaction;
    private final boolean enabled;

    CredentialBackfill(
            JdbcClient jdbc,
            CredentialGrants grants,
            TransactionTemplate transaction,
            @Value("${pathways.credentials.backfill:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.grants = grants;
        this.transaction = transaction;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (enabled) {
            Thread.ofVirtual().name("credential-backfill").start(this::runNow);
        }
    }

    /** Issues what is missing now; returns how many were issued. */
    int runNow() {
        var missing = jdbc.sql("""
                        select t.person_id, t.rank from v_person_tier t
                        where t.rank >= 1 and t.active
                          and not exists (select 1 from credential c where c.person_id = t.person_id
                                          and c.tier_rank = t.rank and c.status <> 'REVOKED')
                        order by t.person_id""")
                .query((rs, row) -> new long[] {rs.getLong("person_id"), rs.getInt("rank")})
                .list();
        int issued = 0;
        for (long[] held : missing) {
            try {
                if (Boolean.TRUE.equals(transaction.execute(status -> grants.issue(held[0], (int) held[1])))) {
                    issued++;
                }
            } catch (RuntimeException e) {
                log.warn("The credential of person {} for tier {} was not issued", held[0], held[1], e);
            }
        }
        if (issued > 0) {
            log.info("Issued {} credentials for tiers held before credentials existed", issued);
        }
        return issued;
    }
}
