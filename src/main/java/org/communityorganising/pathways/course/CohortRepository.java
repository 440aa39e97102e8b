package org.communityorganising.pathways.course;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CohortRepository extends Repository<Cohort, Long> {

    Optional<Cohort> findById(long id);

    Cohort save(Cohort cohort);

    /** Locks the cohort row: enrolments of one cohort are counted against capacity one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Cohort c where c.id = :id")
    Optional<Cohort> findForUpdate(long id);

    @Query(
            "select count(e) from Enrolment e where e.cohort.id = :cohortId and e.status = org.communityorganising.pathways.course.EnrolmentStatus.ENROLLED")
    long countEnrolled(long cohortId);
}
