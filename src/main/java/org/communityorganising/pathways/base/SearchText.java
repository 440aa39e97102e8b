package org.communityorganising.pathways.base;

import java.util.Locale;

/** Turns what someone typed into a search box into a SQL LIKE pattern for contains-search. */
public final class SearchText {

    private SearchText() {}

    /**
     * A lower-case pattern that matches the text literally anywhere, even when it contains % or _
     * (queries use {@code escape '\'}); "%" alone for an empty text. Control and bidirectional
     * characters are dropped: nobody searches for them, and PostgreSQL refuses a NUL.
     */
    public static String containsPattern(String text) {
        return "%"
                + PlainText.searchText(text)
                        .toLowerCase(Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_")
                + "%";
    }
}
