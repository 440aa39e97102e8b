package org.communityorganising.pathways.base;

import java.util.List;
import java.util.Set;

/**
 * A module's part in a person's rights over their data (UK GDPR Art. 15 and 17). Every module that
 * keeps personal data in its tables provides one: it exports what it holds about a person, and
 * erases what identifies them while keeping what others count. The privacy module asks them all,
 * in one transaction; a test fails when a table that refers to a person is not covered by one, and
 * when a listed table is missing from the export, or neither erased nor declared kept.
 */
public interface PersonalData {

    /** The tables this module answers for: every one is in the export, and erased unless kept. */
    Set<String> tables();

    /**
     * Those of {@link #tables()} whose rows erasure leaves as they are, because they hold only ids,
     * codes and dates: once the person's own row is anonymous, nothing in them names anyone.
     */
    default Set<String> keptOnErasure() {
        return Set.of();
    }

    /** What this module holds about the person, as titled tables (titles and columns are i18n keys). */
    List<Section> export(long personId);

    /** Erases what identifies the person in this module's tables; runs in the caller's transaction. */
    void erase(long personId);

    /** One table of a subject-access export; every value already written as text. */
    record Section(String titleKey, List<String> columnKeys, List<List<String>> rows) {

        public Section {
            columnKeys = List.copyOf(columnKeys);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
