package org.communityorganising.pathways.progression.credentials;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One person's credentials are changed by one transaction at a time: issuing (after a tier's
 * commit, or the backfill) and erasure take the same PostgreSQL advisory lock, held until commit.
 */
final class CredentialLock {

    private CredentialLock() {}

    static void take(JdbcClient jdbc, long personId) {
        // One 64-bit key from the person's id, which may outgrow an int.
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('pathways.credential:' || :person, 0))")
                .param("person", personId)
                .query()
                .listOfRows();
    }
}
