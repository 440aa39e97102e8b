package org.communityorganising.pathways.course;

import org.communityorganising.pathways.security.AppRoles;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The training offer. Courses are national: trainers, chapter leads and administrators read them. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + AppRoles.TRAINER + "', '" + AppRoles.CHAPTER_LEAD + "', '" + AppRoles.ADMIN + "')")
public class CourseService {

    private final CourseRepository courses;

    CourseService(CourseRepository courses) {
        this.courses = courses;
    }

    public Slice<CourseListItem> list(Pageable pageable) {
        return courses.findListItems(pageable);
    }
}
