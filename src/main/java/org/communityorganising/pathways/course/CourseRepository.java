package org.communityorganising.pathways.course;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface CourseRepository extends Repository<Course, Long> {

    @Query("""
            select new org.communityorganising.pathways.course.CourseListItem(
                c.id, c.code, c.titleEn, c.titleCy, c.format, c.hours, c.minAttendancePercent)
            from Course c
            where c.active
            order by c.titleEn""")
    Slice<CourseListItem> findListItems(Pageable pageable);
}
