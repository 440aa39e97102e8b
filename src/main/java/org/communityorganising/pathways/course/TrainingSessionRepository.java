package org.communityorganising.pathways.course;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface TrainingSessionRepository extends Repository<TrainingSession, Long> {

    Optional<TrainingSession> findById(long id);

    TrainingSession save(TrainingSession session);

    @Query("""
            select new org.communityorganising.pathways.course.SessionListItem(
                s.id, s.startsAt, s.endsAt, s.venue, s.onlineLink, s.cancelled, s.cancelReason, s.version)
            from TrainingSession s where s.cohort.id = :cohortId order by s.startsAt""")
    List<SessionListItem> findByCohort(long cohortId);

    @Query("""
            select new org.communityorganising.pathways.course.MySessionItem(
                s.id, c.name, co.titleEn, co.titleCy, s.startsAt, s.endsAt, s.venue, s.onlineLink, s.cancelled)
            from TrainingSession s join s.cohort c join c.course co
            where :personId member of c.trainerIds and s.endsAt >= :from
            order by s.startsAt""")
    List<MySessionItem> findTaughtBy(long personId, Instant from, Pageable pageable);

    @Query("""
            select new org.communityorganising.pathways.course.MySessionItem(
                s.id, c.name, co.titleEn, co.titleCy, s.startsAt, s.endsAt, s.venue, s.onlineLink, s.cancelled)
            from TrainingSession s join s.cohort c join c.course co
            where s.endsAt >= :from and exists (
                select 1 from Enrolment e where e.cohort = c and e.personId = :personId
                and e.status = org.communityorganising.pathways.course.EnrolmentStatus.ENROLLED)
            order by s.startsAt""")
    List<MySessionItem> findAttendedBy(long personId, Instant from, Pageable pageable);
}
