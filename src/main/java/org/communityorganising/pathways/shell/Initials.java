package org.communityorganising.pathways.shell;

import java.util.Arrays;
import java.util.Locale;

/** The initials shown for a person where a picture would be: of the first and last word of the name. */
final class Initials {

    private Initials() {}

    static String of(String name) {
        String[] words = Arrays.stream(name.strip().split("\\s+"))
                .filter(word -> !word.isEmpty() && Character.isLetterOrDigit(word.codePointAt(0)))
                .toArray(String[]::new);
        if (words.length == 0) {
            return "";
        }
        String first = firstLetter(words[0]);
        return (words.length == 1 ? first : first + firstLetter(words[words.length - 1])).toUpperCase(Locale.ROOT);
    }

    private static String firstLetter(String word) {
        return new String(Character.toChars(word.codePointAt(0)));
    }
}
