package org.communityorganising.pathways.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret in an invitation or reset link: 256 random bits, URL-safe. Only its SHA-256 hash is
 * stored, so a copy of the database opens no account; a hash of 256 random bits needs no salt.
 */
final class AccessToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    private AccessToken() {}

    static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** A token as this class makes them: 43 URL-safe characters. Anything else is not looked up. */
    static boolean wellFormed(String token) {
        return token.length() == 43
                && token.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-' || c == '_');
    }
}
