package org.communityorganising.pathways.course;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;
import org.communityorganising.pathways.people.PersonOption;
import org.jspecify.annotations.Nullable;

/** A cohort as its page shows it, with what the caller may do. */
public record CohortDetails(
        long id,
        String name,
        long courseId,
        String courseTitleEn,
        String courseTitleCy,
        @Nullable Long chapterId,
        @Nullable String chapterName,
        LocalDate startsOn,
        LocalDate endsOn,
        int capacity,
        CohortStatus status,
        List<PersonOption> trainers,
        long enrolled,
        long version,
        boolean editable) {

    public String courseTitle(Locale locale) {
        return Bilingual.pick(locale, courseTitleEn, courseTitleCy);
    }

    public CohortForm toForm() {
        return new CohortForm(
                courseId,
                chapterId,
                name,
                startsOn,
                endsOn,
                capacity,
                status,
                trainers.stream().map(PersonOption::id).collect(java.util.stream.Collectors.toSet()),
                version);
    }
}
