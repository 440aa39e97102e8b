package org.communityorganising.pathways.progression.routes;

import java.util.List;
import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;
import org.communityorganising.pathways.progression.practice.PracticeKind;

/**
 * One bucket of hours of a route: how many it asks for, and what fills it — the sessions attended,
 * confirmed practice of some kinds, or both.
 */
public record RouteBucket(
        long id,
        int position,
        String nameEn,
        String nameCy,
        int hours,
        boolean countsTraining,
        List<PracticeKind> practiceKinds) {

    public RouteBucket {
        practiceKinds = List.copyOf(practiceKinds);
    }

    public String name(Locale locale) {
        return Bilingual.pick(locale, nameEn, nameCy);
    }

    public long requiredMinutes() {
        return hours * 60L;
    }

    public BucketForm form() {
        return new BucketForm(id, nameEn, nameCy, hours, countsTraining, java.util.Set.copyOf(practiceKinds));
    }
}
