package org.communityorganising.pathways.course;

import java.util.List;
import java.util.Set;
import org.communityorganising.pathways.base.PersonalData;
import org.communityorganising.pathways.base.PersonalDataSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Enrolments and cohorts taught. Erasure keeps them: they identify nobody once the person is anonymous, and cohorts count them. */
@Component
class CoursePersonalData implements PersonalData {

    private final JdbcClient jdbc;

    CoursePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of("enrolment", "cohort_trainer");
    }

    /** Ids, statuses and dates: the cohort's totals keep counting the person, anonymously. */
    @Override
    public Set<String> keptOnErasure() {
        return Set.of("enrolment", "cohort_trainer");
    }

    @Override
    public List<Section> export(long personId) {
        return List.of(
                PersonalDataSql.section(
                        jdbc,
                        "data.enrolments",
                        List.of("data.course", "data.cohort", "data.status", "data.enrolled-at", "data.walk-in"),
                        """
                                select co.title_en, c.name, e.status, e.enrolled_at, e.walk_in
                                from enrolment e join cohort c on c.id = e.cohort_id join course co on co.id = c.course_id
                                where e.person_id = :person order by e.enrolled_at""",
                        personId),
                PersonalDataSql.section(jdbc, "data.teaching", List.of("data.course", "data.cohort"), """
                                select co.title_en, c.name
                                from cohort_trainer t join cohort c on c.id = t.cohort_id join course co on co.id = c.course_id
                                where t.person_id = :person order by c.starts_on""", personId));
    }

    @Override
    public void erase(long personId) {
        // Nothing identifying is stored here beyond the person's id.
    }
}
