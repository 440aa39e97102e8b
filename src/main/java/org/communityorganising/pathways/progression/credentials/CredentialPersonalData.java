package org.communityorganising.pathways.progression.credentials;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.communityorganising.pathways.base.PersonalData;
import org.communityorganising.pathways.base.PersonalDataSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's credentials in their export; erasure revokes every one and removes what ties it to
 * the person (the signed credential, with its salted hash, and the person's id). The public page
 * of an erased person's credential reads "revoked" and names nobody.
 */
@Component
class CredentialPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final Clock clock;

    CredentialPersonalData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Set<String> tables() {
        return Set.of("credential");
    }

    @Override
    public List<Section> export(long personId) {
        return List.of(PersonalDataSql.section(
                jdbc,
                "data.credentials",
                List.of("data.credential", "data.tier", "data.issued-at", "data.status", "data.signed-credential"),
                """
                select id::text, tier_name_en, issued_at, status, jwt from credential
                where person_id = :person order by issued_at""",
                personId));
    }

    @Override
    public void erase(long personId) {
        // After any credential being issued to the person right now: none is issued after this.
        CredentialLock.take(jdbc, personId);
        jdbc.sql("""
                        update credential set status = 'REVOKED', status_reason = 'ERASED',
                               status_changed_at = coalesce(case when status = 'REVOKED' then status_changed_at end, :at),
                               person_id = null, jwt = null, version = version + 1
                        where person_id = :person""")
                .param("person", personId)
                .param("at", Timestamp.from(clock.instant()))
                .update();
    }
}
