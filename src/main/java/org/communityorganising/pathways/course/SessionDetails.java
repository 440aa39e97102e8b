package org.communityorganising.pathways.course;

import java.time.Instant;
import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;
import org.jspecify.annotations.Nullable;

/** A session as its page and its calendar entry show it. */
public record SessionDetails(
        long id,
        String uid,
        int sequence,
        long cohortId,
        String cohortName,
        String courseTitleEn,
        String courseTitleCy,
        Instant startsAt,
        Instant endsAt,
        @Nullable String venue,
        @Nullable String onlineLink,
        boolean cancelled,
        @Nullable String cancelReason,
        long version,
        boolean editable,
        boolean markable) {

    /** The same session, with what the caller may do with it. */
    SessionDetails withRights(boolean canEdit, boolean canMark) {
        return new SessionDetails(
                id,
                uid,
                sequence,
                cohortId,
                cohortName,
                courseTitleEn,
                courseTitleCy,
                startsAt,
                endsAt,
                venue,
                onlineLink,
                cancelled,
                cancelReason,
                version,
                canEdit,
                canMark);
    }

    public String courseTitle(Locale locale) {
        return Bilingual.pick(locale, courseTitleEn, courseTitleCy);
    }
}
