package org.communityorganising.pathways.actions;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the check-in page offers: the action, the chapter's institutions (the person's own first
 * chosen) and the people who may have brought them.
 */
public record CheckInOptions(
        ActionItem action,
        List<Option> institutions,
        @Nullable Long myInstitution,
        List<Option> leaders,
        boolean checkedIn) {

    public CheckInOptions {
        institutions = List.copyOf(institutions);
        leaders = List.copyOf(leaders);
    }

    public record Option(long id, String name) {}
}
