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

    java.util.Optional<Course> findById(long id);

    Course save(Course course);

    @Query("select count(c) > 0 from Course c where lower(c.code) = lower(:code) and c.id <> :exceptId")
    boolean codeTaken(String code, long exceptId);

    @Query("""
            select new org.communityorganising.pathways.course.CourseOption(c.id, c.titleEn, c.titleCy)
            from Course c where c.active order by c.titleEn""")
    java.util.List<CourseOption> findOptions();
}
