package org.communityorganising.pathways.course;

import org.communityorganising.pathways.base.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;

/** One person on a cohort's enrolment list. */
public record EnrolmentListItem(
        long id,
        long personId,
        String fullName,
        String email,
        @Nullable String institutionName,
        EnrolmentStatus status,
        boolean walkIn,
        long version) {

    static final RowMapper<EnrolmentListItem> ROW = Rows.byName(EnrolmentListItem.class);

    /** A cohort's people: the enrolled first, then by name; names from people's published views. */
    static final String OF_COHORT = """
            select e.id, p.id as person_id, p.full_name, p.email, i.name as institution_name, e.status, e.walk_in,
                   e.version
            from enrolment e
            join v_person p on p.id = e.person_id
            left join v_institution i on i.id = p.institution_id
            where e.cohort_id = :cohort
            order by case when e.status = 'ENROLLED' then 0 else 1 end, lower(p.full_name), e.id
            limit :limit offset :offset""";
}
