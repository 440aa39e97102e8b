package org.communityorganising.pathways.base;

import org.jspecify.annotations.Nullable;

/**
 * The one rule for text people type, applied by services before anything is stored: no control
 * characters (a NUL breaks PostgreSQL, a tab or line break breaks a one-line field), no
 * bidirectional embedding, override or isolate characters (they make a name read backwards to
 * everyone else), and no text made only of invisible characters where a value is required.
 * Each refusal is an {@link InvalidInputException} with a sentence the person can act on.
 */
public final class PlainText {

    /** The i18n key said when text carries characters we refuse. */
    public static final String INVISIBLE_CHARACTERS = "input.error.invisible-characters";

    private PlainText() {}

    /** A required one-line value, stripped: refused when empty, invisible-only, too long or with control characters. */
    public static String requiredLine(@Nullable String value, int maxLength, String emptyOrTooLongKey) {
        String text = optionalLine(value, maxLength, emptyOrTooLongKey);
        if (text == null || !hasVisibleCharacter(text)) {
            throw new InvalidInputException(emptyOrTooLongKey);
        }
        return text;
    }

    /** An optional one-line value, stripped; null when empty or only invisible characters. */
    public static @Nullable String optionalLine(@Nullable String value, int maxLength, String tooLongKey) {
        return checked(value, maxLength, tooLongKey, false);
    }

    /** An optional text of several lines (remarks, reasons, descriptions); line breaks are kept. */
    public static @Nullable String optionalLines(@Nullable String value, int maxLength, String tooLongKey) {
        return checked(value, maxLength, tooLongKey, true);
    }

    /** What someone typed into a search box, with every character we would refuse simply dropped. */
    public static String searchText(@Nullable String value) {
        if (value == null) {
            return "";
        }
        var out = new StringBuilder(value.length());
        value.codePoints().filter(c -> !isControl(c) && !isBidiControl(c)).forEach(out::appendCodePoint);
        return out.toString().strip();
    }

    /** True when the text holds a C0 or C1 control character (NUL, tab, line breaks, DEL included). */
    public static boolean hasControlCharacters(String value) {
        return value.codePoints().anyMatch(PlainText::isControl);
    }

    private static @Nullable String checked(
            @Nullable String value, int maxLength, String tooLongKey, boolean multiLine) {
        if (value == null) {
            return null;
        }
        String text = multiLine ? value.replace("\r\n", "\n") : value;
        boolean refused =
                text.codePoints().anyMatch(c -> isBidiControl(c) || (isControl(c) && !(multiLine && c == '\n')));
        if (refused) {
            throw new InvalidInputException(INVISIBLE_CHARACTERS);
        }
        text = text.strip();
        if (!hasVisibleCharacter(text)) {
            return null;
        }
        if (text.length() > maxLength) {
            throw new InvalidInputException(tooLongKey, maxLength);
        }
        return text;
    }

    /** At least one character that shows: not whitespace, not a format character such as a zero-width space. */
    static boolean hasVisibleCharacter(String text) {
        return text.codePoints()
                .anyMatch(c -> !Character.isWhitespace(c)
                        && !Character.isSpaceChar(c)
                        && Character.getType(c) != Character.FORMAT
                        && !isControl(c)
                        && c != 0x2800 /* braille blank */
                        && c != 0x3164
                        && c != 0xFFA0 /* Hangul fillers */
                        && c != 0x115F
                        && c != 0x1160);
    }

    private static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL;
    }

    /** Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069); the plain LRM and RLM marks are harmless. */
    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
