package org.communityorganising.pathways.calendar;

import java.util.List;
import java.util.Set;
import org.communityorganising.pathways.base.PersonalData;
import org.communityorganising.pathways.base.PersonalDataSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Whether the person has a private calendar feed (the secret itself stays out of the file). Erasure revokes it. */
@Component
class CalendarPersonalData implements PersonalData {

    private final JdbcClient jdbc;

    CalendarPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of("calendar_feed");
    }

    @Override
    public List<Section> export(long personId) {
        return List.of(PersonalDataSql.section(
                jdbc,
                "data.calendar",
                List.of("data.created-at"),
                "select created_at from calendar_feed where person_id = :person",
                personId));
    }

    @Override
    public void erase(long personId) {
        jdbc.sql("delete from calendar_feed where person_id = :person")
                .param("person", personId)
                .update();
    }
}
