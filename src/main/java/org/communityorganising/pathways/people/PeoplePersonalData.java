package org.communityorganising.pathways.people;

import java.util.List;
import java.util.Set;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.PersonalData;
import org.communityorganising.pathways.base.PersonalDataSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The profile and roles. Erasure leaves an anonymous "Erased person" that counts stay attached to. */
@Component
class PeoplePersonalData implements PersonalData {

    static final String ERASED_NAME = "Erased person";

    private final JdbcClient jdbc;

    PeoplePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Set<String> tables() {
        return Set.of("person", "person_role");
    }

    @Override
    public List<Section> export(long personId) {
        return List.of(
                PersonalDataSql.section(
                        jdbc,
                        "data.profile",
                        List.of(
                                "data.name",
                                "data.email",
                                "data.phone",
                                "data.chapter",
                                "data.institution",
                                "data.language",
                                "data.active"),
                        """
                                select p.full_name, p.email, p.phone, c.name, i.name, p.language, p.active
                                from person p left join v_chapter c on c.id = p.chapter_id left join v_institution i on i.id = p.institution_id
                                where p.id = :person""",
                        personId),
                PersonalDataSql.section(
                        jdbc,
                        "data.roles",
                        List.of("data.role"),
                        "select role from person_role where person_id = :person order by role",
                        personId));
    }

    @Override
    public void erase(long personId) {
        boolean onlyAdministrator =
                jdbc.sql("""
                        select exists (select 1 from person_role where person_id = :person and role = 'ADMIN')
                           and (select count(*) from person_role r join person p on p.id = r.person_id
                                where r.role = 'ADMIN' and p.active) <= 1""").param("person", personId).query(Boolean.class).single();
        if (onlyAdministrator) {
            throw new InvalidInputException("data.error.only-administrator");
        }
        jdbc.sql("""
                        update person set full_name = :name, email = 'erased-' || id || '@erased.invalid', phone = null,
                            institution_id = null, active = false, version = version + 1
                        where id = :person""").param("name", ERASED_NAME).param("person", personId).update();
        jdbc.sql("delete from person_role where person_id = :person")
                .param("person", personId)
                .update();
    }
}
