package org.communityorganising.pathways.course;

import java.time.Instant;
import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;
import org.jspecify.annotations.Nullable;

/** A session on someone's own list (the sessions they teach, or are enrolled in). */
public record MySessionItem(
        long id,
        String cohortName,
        String courseTitleEn,
        String courseTitleCy,
        Instant startsAt,
        Instant endsAt,
        @Nullable String venue,
        @Nullable String onlineLink,
        boolean cancelled) {

    public String courseTitle(Locale locale) {
        return Bilingual.pick(locale, courseTitleEn, courseTitleCy);
    }
}
