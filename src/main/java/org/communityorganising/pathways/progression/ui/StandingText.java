package org.communityorganising.pathways.progression.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.util.Locale;
import org.communityorganising.pathways.base.LondonTime;
import org.communityorganising.pathways.progression.tiers.KeepUp;
import org.communityorganising.pathways.progression.tiers.Standing;
import org.communityorganising.pathways.progression.tiers.StandingState;
import org.jspecify.annotations.Nullable;

/** A standing in words, the same on My path, a decider's page and a lead's list. */
final class StandingText {

    private StandingText() {}

    /** A small badge: "Active", "Renewal due", "Lapsed". */
    static Span badge(Component translator, StandingState state) {
        var badge = new Span(translator.getTranslation(state.translationKey()));
        badge.addClassNames(
                "badge", "standing-" + state.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        return badge;
    }

    /** What the standing means and what keeps the tier, addressed to the leader. */
    static String forLeader(Component translator, Locale locale, Standing standing, KeepUp rule, String tier) {
        return switch (standing.state()) {
            case ACTIVE ->
                translator.getTranslation(
                        "path.standing.active", tier, rule.count(), rule.months(), day(standing.keptUntil(), locale));
            case RENEWAL_DUE ->
                translator.getTranslation(
                        "path.standing.due", tier, standing.needed(), day(standing.keptUntil(), locale));
            case LAPSED ->
                translator.getTranslation(
                        "path.standing.lapsed", tier, standing.needed(), lapsedOn(standing.keptUntil(), locale));
        };
    }

    /** The same about someone else, for a lead or a decider. */
    static String aboutLeader(Component translator, Locale locale, StandingState state, @Nullable LocalDate keptUntil) {
        return switch (state) {
            case ACTIVE -> translator.getTranslation("standing.about.active", day(keptUntil, locale));
            case RENEWAL_DUE -> translator.getTranslation("standing.about.due", day(keptUntil, locale));
            case LAPSED -> translator.getTranslation("standing.about.lapsed", lapsedOn(keptUntil, locale));
        };
    }

    private static String day(@Nullable LocalDate day, Locale locale) {
        return day == null ? "—" : LondonTime.date(day, locale);
    }

    /** Lapsed the day after the last day kept. */
    private static String lapsedOn(@Nullable LocalDate keptUntil, Locale locale) {
        return keptUntil == null ? "—" : LondonTime.date(keptUntil.plusDays(1), locale);
    }
}
