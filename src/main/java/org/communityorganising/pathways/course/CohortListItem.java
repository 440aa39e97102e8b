package org.communityorganising.pathways.course;

import java.time.LocalDate;
import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;
import org.communityorganising.pathways.base.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;

/** One row of the cohorts grid. */
public record CohortListItem(
        long id,
        String name,
        String courseTitleEn,
        String courseTitleCy,
        @Nullable String chapterName,
        LocalDate startsOn,
        LocalDate endsOn,
        CohortStatus status,
        int capacity,
        long enrolled) {

    static final RowMapper<CohortListItem> ROW = Rows.byName(CohortListItem.class);

    /** Cohorts the caller may see (everything, their chapter's, or those they train), newest first. */
    static final String VISIBLE_MATCHING = """
            select c.id, c.name, co.title_en as course_title_en, co.title_cy as course_title_cy,
                   ch.name as chapter_name, c.starts_on, c.ends_on, c.status, c.capacity,
                   (select count(*) from enrolment e where e.cohort_id = c.id and e.status = 'ENROLLED') as enrolled
            from cohort c
            join course co on co.id = c.course_id
            left join v_chapter ch on ch.id = c.chapter_id
            where (:everything or c.chapter_id = :chapter
                   or exists (select 1 from cohort_trainer t where t.cohort_id = c.id and t.person_id = :person))
              and (:pattern = '%' or lower(c.name) like :pattern escape '\\' or lower(co.title_en) like :pattern escape '\\')
            order by c.starts_on desc, c.id desc
            limit :limit offset :offset""";

    public String courseTitle(Locale locale) {
        return Bilingual.pick(locale, courseTitleEn, courseTitleCy);
    }
}
