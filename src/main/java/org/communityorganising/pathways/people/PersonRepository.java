package org.communityorganising.pathways.people;

import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PersonRepository extends Repository<Person, Long> {

    Optional<Person> findById(long id);

    @Query("""
            select new org.communityorganising.pathways.people.MyProfile(
                p.id, p.fullName, p.email, c.name, i.name, t.rank, t.nameEn, t.nameCy, p.language)
            from Person p
            join p.tier t
            left join p.chapter c
            left join p.institution i
            where p.id = :id""")
    Optional<MyProfile> findProfile(long id);
}
