package org.communityorganising.pathways.audit.ui;

import com.vaadin.flow.component.Component;
import java.util.Locale;
import org.communityorganising.pathways.audit.AuditEntry;

/**
 * An audit entry in words ("Grace Adeyemi approved the promotion of Sam Patel") and the address of
 * the record it concerns. Unknown actions, from older versions, still read: action and record.
 */
final class AuditSentence {

    private final Component translator;

    AuditSentence(Component translator) {
        this.translator = translator;
    }

    String of(AuditEntry entry) {
        String actor = entry.actor() == null ? t("audit.system") : entry.actor();
        String about = entry.about() != null ? entry.about() : record(entry);
        String key = "audit.said." + entry.action();
        String said = translator.getTranslation(key, actor, about);
        return said.equals(key) || said.startsWith("!{") ? actor + ": " + entry.action() + " (" + about + ")" : said;
    }

    /** The record, for entries about no person: "cohort 12". */
    String record(AuditEntry entry) {
        return t("audit.record." + entry.subjectType().toLowerCase(Locale.ROOT), entry.subjectId());
    }

    /** Where the record is shown; null when it has no page of its own. */
    static String href(AuditEntry entry) {
        return switch (entry.subjectType()) {
            case "promotion_request" -> "promotions/" + entry.subjectId();
            case "session" -> "sessions/" + entry.subjectId();
            case "cohort" -> "cohorts/" + entry.subjectId();
            case "tier" -> "ladder";
            case "chapter" -> "chapters";
            default -> entry.aboutId() == null ? "" : "people/" + entry.aboutId() + "/attendance";
        };
    }

    private String t(String key, Object... parameters) {
        return translator.getTranslation(key, parameters);
    }
}
