package org.communityorganising.pathways.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    private static void refused(String text) {
        assertThatThrownBy(() -> PlainText.optionalLine(text, 100, "too-long"))
                .as(
                        "%s",
                        text.codePoints()
                                .mapToObj(c -> String.format("U+%04X", c))
                                .toList())
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(PlainText.INVISIBLE_CHARACTERS));
    }

    @Test
    void controlCharactersAreRefusedInOneLineFields() {
        for (String text : new String[] {"a\u0000b", "a\tb", "a\nb", "a\rb", "a\u007Fb", "a\u0085b", "a\u001Bb"}) {
            refused(text);
        }
    }

    @Test
    void bidirectionalEmbeddingsOverridesAndIsolatesAreRefused() {
        for (int c : new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069}) {
            refused("name" + Character.toString(c));
        }
    }

    @Test
    void ordinaryNamesInAnyScriptPassStripped() {
        assertThat(PlainText.requiredLine("  Siân Llŷr-ap Gruffydd ", 100, "k")).isEqualTo("Siân Llŷr-ap Gruffydd");
        assertThat(PlainText.requiredLine("محمد علي", 100, "k")).isEqualTo("محمد علي");
        assertThat(PlainText.requiredLine("O’Brien \u200D👩‍👧", 100, "k")).startsWith("O’Brien");
    }

    @Test
    void aRequiredValueOfOnlyInvisibleCharactersIsMissing() {
        for (String text : new String[] {"", "   ", "\u200B\u200B", "\u00A0\u3000", "\u2800", "\u3164", "\u200E"}) {
            assertThatThrownBy(() -> PlainText.requiredLine(text, 100, "name.required"))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("name.required"));
            assertThat(PlainText.optionalLine(text, 100, "k")).isNull();
        }
    }

    @Test
    void severalLinesKeepTheirBreaksButNoOtherControl() {
        assertThat(PlainText.optionalLines("Ill,\r\nback next week", 100, "k")).isEqualTo("Ill,\nback next week");
        assertThatThrownBy(() -> PlainText.optionalLines("Ill\u0000", 100, "k"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void tooLongIsSaidWithTheLimit() {
        assertThatThrownBy(() -> PlainText.optionalLine("x".repeat(11), 10, "too-long"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("too-long");
                    assertThat(e.arguments()).containsExactly(10);
                });
    }

    @Test
    void aSearchSimplyDropsWhatWouldBeRefused() {
        assertThat(PlainText.searchText(" Sam\u0000\u202E ")).isEqualTo("Sam");
        assertThat(SearchText.containsPattern("a\u0000_b")).isEqualTo("%a\\_b%");
    }
}
