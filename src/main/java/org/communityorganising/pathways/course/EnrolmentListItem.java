package org.communityorganising.pathways.course;

import org.jspecify.annotations.Nullable;

/** One person on a cohort's enrolment list. */
public record EnrolmentListItem(
        long id,
        long personId,
        String fullName,
        String email,
        @Nullable String institutionName,
        EnrolmentStatus status,
        boolean walkIn,
        long version) {}
