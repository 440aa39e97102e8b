package org.communityorganising.pathways.course;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface EnrolmentRepository extends Repository<Enrolment, Long> {

    Optional<Enrolment> findById(long id);

    Enrolment save(Enrolment enrolment);

    Optional<Enrolment> findByCohortIdAndPersonId(long cohortId, long personId);

    @Query(
            "select e.personId from Enrolment e where e.cohort.id = :cohortId and e.status = org.communityorganising.pathways.course.EnrolmentStatus.ENROLLED")
    List<Long> findEnrolledPersonIds(long cohortId);
}
