package org.communityorganising.pathways.course;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface EnrolmentRepository extends Repository<Enrolment, Long> {

    Optional<Enrolment> findById(long id);

    Enrolment save(Enrolment enrolment);

    Optional<Enrolment> findByCohortIdAndPersonId(long cohortId, long personId);

    @Query(
            "select e.personId from Enrolment e where e.cohort.id = :cohortId and e.status = org.communityorganising.pathways.course.EnrolmentStatus.ENROLLED")
    List<Long> findEnrolledPersonIds(long cohortId);

    @Query("""
            select new org.communityorganising.pathways.course.EnrolmentListItem(
                e.id, p.id, p.fullName, p.email, i.name, e.status, e.walkIn, e.version)
            from Enrolment e
            join org.communityorganising.pathways.people.Person p on p.id = e.personId
            left join p.institution i
            where e.cohort.id = :cohortId
            order by case when e.status = org.communityorganising.pathways.course.EnrolmentStatus.ENROLLED then 0 else 1 end,
                lower(p.fullName), e.id""")
    Slice<EnrolmentListItem> findListItems(long cohortId, Pageable pageable);
}
