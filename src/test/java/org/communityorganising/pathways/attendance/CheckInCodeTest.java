package org.communityorganising.pathways.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CheckInCodeTest {

    private static final byte[] RFC_6238_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void matchesTheRfc6238TestVectorsInSixDigits() {
        // RFC 6238 appendix B (SHA-1): 94287082 at T=59 s, 07081804 at T=1111111109 s.
        assertThat(CheckInCode.current(RFC_6238_SECRET, Instant.ofEpochSecond(59)))
                .isEqualTo("287082");
        assertThat(CheckInCode.current(RFC_6238_SECRET, Instant.ofEpochSecond(1111111109)))
                .isEqualTo("081804");
    }

    @Test
    void aCodeIsAcceptedDuringItsStepAndTheNextOnlyAndMustBeSixDigits() {
        var shown = Instant.ofEpochSecond(1_800_000_000L);
        String code = CheckInCode.current(RFC_6238_SECRET, shown);
        assertThat(CheckInCode.accepts(RFC_6238_SECRET, code, shown)).isTrue();
        assertThat(CheckInCode.accepts(RFC_6238_SECRET, " " + code + " ", shown.plusSeconds(30)))
                .isTrue();
        assertThat(CheckInCode.accepts(RFC_6238_SECRET, code, shown.plusSeconds(60)))
                .isFalse();
        assertThat(CheckInCode.accepts(RFC_6238_SECRET, "12345", shown)).isFalse();
        assertThat(CheckInCode.secondsLeft(Instant.ofEpochSecond(61))).isEqualTo(29);
    }
}
