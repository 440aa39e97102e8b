package org.communityorganising.pathways.base;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A name as a key to match on, ignoring case, accents and spacing: "St  Mary’s", "st mary's" and
 * "ST MARY'S" are one institution, and "Ffôn" is the header "ffon".
 */
public final class Normalised {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    private Normalised() {}

    public static String key(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD);
        folded = MARKS.matcher(folded).replaceAll("");
        folded = folded.replace('’', '\'').replace('‘', '\'').replace('`', '\'');
        return SPACES.matcher(folded.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
