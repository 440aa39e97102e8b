package org.communityorganising.pathways.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BilingualTest {

    @Test
    void welshReadersReadWelshEveryoneElseEnglish() {
        var title = new Bilingual("Community Leadership Training", "Hyfforddiant Arweinyddiaeth Gymunedol");
        assertThat(title.in(Locale.of("cy"))).isEqualTo("Hyfforddiant Arweinyddiaeth Gymunedol");
        assertThat(title.in(Locale.UK)).isEqualTo("Community Leadership Training");
        assertThat(title.in(Locale.FRANCE)).isEqualTo("Community Leadership Training");
    }
}
