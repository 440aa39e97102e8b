package org.communityorganising.pathways.progression.mentoring;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.base.PersonalData;
import org.communityorganising.pathways.base.PersonalDataSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A person's mentoring pairs (as mentor or mentee) and their meetings, in their export. Both hold
 * only ids, days and minutes — no notes exist — so they are kept on erasure, naming nobody once the
 * person's row is anonymous: the other person's mentoring still counts. Open pairs end.
 */
@Component
class MentoringPersonalData implements PersonalData {

    private final JdbcClient jdbc;
    private final Clock clock;

    MentoringPersonalData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Set<String> tables() {
        return Set.of("mentoring_pair", "mentoring_meeting");
    }

    @Override
    public Set<String> keptOnErasure() {
        return tables();
    }

    @Override
    public List<Section> export(long personId) {
        return List.of(
                PersonalDataSql.section(
                        jdbc,
                        "data.mentoring",
                        List.of(
                                "data.mentoring-role",
                                "data.mentoring-with",
                                "data.since",
                                "data.ended-on",
                                "data.outcome"),
                        """
                        select case when pr.mentor_id = :person then 'MENTOR' else 'MENTEE' end,
                               o.full_name, pr.started_on, pr.ended_on, pr.outcome
                        from mentoring_pair pr
                        join v_person o on o.id = case when pr.mentor_id = :person then pr.mentee_id else pr.mentor_id end
                        where pr.mentor_id = :person or pr.mentee_id = :person order by pr.started_on, pr.id""",
                        personId),
                PersonalDataSql.section(
                        jdbc,
                        "data.mentoring-meetings",
                        List.of("data.date", "data.duration-minutes", "data.confirmed-at"),
                        """
                        select mm.met_on, mm.minutes, mm.confirmed_at
                        from mentoring_meeting mm join mentoring_pair pr on pr.id = mm.pair_id
                        where pr.mentor_id = :person or pr.mentee_id = :person order by mm.met_on, mm.id""",
                        personId));
    }

    @Override
    public void erase(long personId) {
        jdbc.sql("""
                        update mentoring_pair set ended_on = greatest(started_on, :today), outcome = 'ENDED_EARLY',
                            version = version + 1
                        where (mentor_id = :person or mentee_id = :person) and ended_on is null""")
                .param("person", personId)
                .param("today", LocalDate.ofInstant(clock.instant(), LondonTime.ZONE))
                .update();
    }
}
