package org.communityorganising.pathways.course;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
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

    @Query("""
            select new org.communityorganising.pathways.course.CohortListItem(
                c.id, c.name, co.titleEn, co.titleCy, ch.name, c.startsOn, c.endsOn, c.status, c.capacity,
                (select count(e) from Enrolment e where e.cohort = c and e.status = org.communityorganising.pathways.course.EnrolmentStatus.ENROLLED))
            from Cohort c
            join c.course co
            left join org.communityorganising.pathways.chapter.Chapter ch on ch.id = c.chapterId
            where (:everything = true or c.chapterId = :chapterId or :personId member of c.trainerIds)
              and (:pattern = '%' or lower(c.name) like :pattern escape '\\' or lower(co.titleEn) like :pattern escape '\\')
            order by c.startsOn desc, c.id desc""")
    Slice<CohortListItem> findListItems(
            boolean everything, @Nullable Long chapterId, long personId, String pattern, Pageable pageable);

    @Query(
            "select count(e) from Enrolment e where e.cohort.id = :cohortId and e.status = org.communityorganising.pathways.course.EnrolmentStatus.ENROLLED")
    long countEnrolled(long cohortId);
}
