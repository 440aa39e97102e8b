package org.communityorganising.pathways.attendance;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The rotating six-digit check-in code: TOTP (RFC 6238, HMAC-SHA1, 30-second steps) over a
 * per-session secret. A code is accepted during its own step and the one after, so a code read
 * out just before it changes still works.
 */
public final class CheckInCode {

    public static final int STEP_SECONDS = 30;
    private static final int DIGITS = 6;

    private CheckInCode() {}

    public static long step(Instant at) {
        return at.getEpochSecond() / STEP_SECONDS;
    }

    public static String at(byte[] secret, long step) {
        try {
            var mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] hash =
                    mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24)
                    | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8)
                    | (hash[offset + 3] & 0xff);
            return String.format("%0" + DIGITS + "d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is part of every Java runtime", e);
        }
    }

    public static String current(byte[] secret, Instant now) {
        return at(secret, step(now));
    }

    public static boolean accepts(byte[] secret, String code, Instant now) {
        String typed = code.strip();
        long step = step(now);
        return typed.matches("\\d{6}") && (typed.equals(at(secret, step)) || typed.equals(at(secret, step - 1)));
    }

    /** Seconds until the shown code changes. */
    public static int secondsLeft(Instant now) {
        return STEP_SECONDS - (int) (now.getEpochSecond() % STEP_SECONDS);
    }
}
