package org.communityorganising.pathways.progression.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import java.util.Map;
import org.communityorganising.pathways.progression.tiers.Requirement;

/** A requirement in words, in the reader's language: on "my path", a request and the tier editor. */
final class RequirementText {

    private RequirementText() {}

    /** @param tierNames the tier names by rank, for "hold the tier …" */
    static String of(Component in, Locale locale, Requirement requirement, Map<Integer, String> tierNames) {
        return switch (requirement.kind()) {
            case COURSE -> in.getTranslation("path.req.course", requirement.courseTitle(locale));
            case PRACTICE -> {
                String kind = requirement.practiceKind() == null
                        ? ""
                        : in.getTranslation(requirement.practiceKind().translationKey());
                if (requirement.namedRole()) {
                    yield in.getTranslation("path.req.practice.named", requirement.count(), kind);
                }
                yield requirement.windowMonths() == null
                        ? in.getTranslation("path.req.practice", requirement.count(), kind)
                        : in.getTranslation(
                                "path.req.practice.window", requirement.count(), kind, requirement.windowMonths());
            }
            case HOURS -> in.getTranslation("path.req.hours", requirement.hours());
            case TIER_HELD ->
                in.getTranslation(
                        "path.req.tier",
                        tierNames.getOrDefault(requirement.tierRank(), String.valueOf(requirement.tierRank())));
            case MENTEES -> {
                String tier = tierNames.getOrDefault(requirement.tierRank(), String.valueOf(requirement.tierRank()));
                yield requirement.windowMonths() == null
                        ? in.getTranslation("path.req.mentees", requirement.count(), tier)
                        : in.getTranslation(
                                "path.req.mentees.window", requirement.count(), tier, requirement.windowMonths());
            }
        };
    }
}
