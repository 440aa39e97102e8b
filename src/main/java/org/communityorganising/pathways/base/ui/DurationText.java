package org.communityorganising.pathways.base.ui;

import com.vaadin.flow.component.Component;

/** A length of time in words a reader scans: "45 min", "2 h", "1 h 30 min" (in the reader's language). */
public final class DurationText {

    private DurationText() {}

    public static String of(Component translator, long minutes) {
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return translator.getTranslation("duration.minutes", rest);
        }
        return rest == 0
                ? translator.getTranslation("duration.hours", hours)
                : translator.getTranslation("duration.hours-minutes", hours, rest);
    }
}
