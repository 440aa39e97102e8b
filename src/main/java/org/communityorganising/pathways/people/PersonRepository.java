package org.communityorganising.pathways.people;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PersonRepository extends Repository<Person, Long> {

    Optional<Person> findById(long id);

    Person save(Person person);

    @Query("select p from Person p where p.id in :ids")
    List<Person> findAllById(Collection<Long> ids);

    @Query("""
            select new org.communityorganising.pathways.people.MyProfile(
                p.id, p.fullName, p.email, c.name, i.name, p.language)
            from Person p
            left join p.chapter c
            left join p.institution i
            where p.id = :id""")
    Optional<MyProfile> findProfile(long id);

    /** One page of people; the roles come in one more query for the whole page. */
    @Query("""
            select new org.communityorganising.pathways.people.PersonRow(
                p.id, p.fullName, p.email, c.id, c.name, i.name, p.active)
            from Person p
            left join p.chapter c
            left join p.institution i
            where (:chapterId is null or c.id = :chapterId)
              and (:pattern = '%' or lower(p.fullName) like :pattern escape '\\' or lower(p.email) like :pattern escape '\\')
              and (:includeInactive = true or p.active = true)
              and (:role is null or exists (select 1 from Person q join q.roles r where q = p and r = :role))
            order by lower(p.fullName), p.id""")
    Slice<PersonRow> findRows(
            @Nullable Long chapterId,
            String pattern,
            boolean includeInactive,
            @Nullable String role,
            Pageable pageable);

    /** The same page, among these people only (those whose invitation stands as filtered). */
    @Query("""
            select new org.communityorganising.pathways.people.PersonRow(
                p.id, p.fullName, p.email, c.id, c.name, i.name, p.active)
            from Person p
            left join p.chapter c
            left join p.institution i
            where p.id in :among
              and (:chapterId is null or c.id = :chapterId)
              and (:pattern = '%' or lower(p.fullName) like :pattern escape '\\' or lower(p.email) like :pattern escape '\\')
              and (:includeInactive = true or p.active = true)
              and (:role is null or exists (select 1 from Person q join q.roles r where q = p and r = :role))
            order by lower(p.fullName), p.id""")
    Slice<PersonRow> findRowsAmong(
            Collection<Long> among,
            @Nullable Long chapterId,
            String pattern,
            boolean includeInactive,
            @Nullable String role,
            Pageable pageable);

    @Query("select p.id, r from Person p join p.roles r where p.id in :ids")
    List<Object[]> findRoles(Collection<Long> ids);

    @Query("select p from Person p where lower(p.email) = lower(:email)")
    Optional<Person> findByEmailIgnoreCase(String email);

    @Query("select count(p) > 0 from Person p where lower(p.email) = lower(:email) and p.id <> :exceptId")
    boolean emailTaken(String email, long exceptId);
}
