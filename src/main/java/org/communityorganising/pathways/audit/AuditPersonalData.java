package org.communityorganising.pathways.audit;

import java.util.List;
import java.util.Set;
import org.communityorganising.pathways.base.PersonalData;
import org.communityorganising.pathways.base.PersonalDataSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Audit events about the person and by them. Kept on erasure (accountability); they hold ids, not names. */
@Component
class AuditPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    AuditPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of("audit_event");
    }

    /** Who did what stays accountable: entries hold ids and codes, never free text (see the events). */
    @Override
    public Set<String> keptOnErasure() {
        return Set.of("audit_event");
    }

    @Override
    public List<Section> export(long personId) {
        return List.of(
                PersonalDataSql.section(
                        jdbc, "data.audit-about", List.of("data.when", "data.action", "data.details"), """
                                select occurred_at, action, details from audit_event
                                where subject_type = 'person' and subject_id = :person order by occurred_at""", personId),
                PersonalDataSql.section(
                        jdbc,
                        "data.audit-by",
                        List.of("data.when", "data.action", "data.subject", "data.details"),
                        """
                                select occurred_at, action, subject_type || ' ' || subject_id, details from audit_event
                                where actor_id = :person order by occurred_at""",
                        personId));
    }

    @Override
    public void erase(long personId) {
        // Kept: who did what stays accountable; the actor is an id, and the person is anonymous now.
    }
}
