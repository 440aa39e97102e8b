package org.communityorganising.pathways.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.Normalised;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a password must be, wherever it is chosen (an invitation, a reset, a change): at least
 * {@value #MIN_LENGTH} characters (a few words make an easy one), not one of the 10,000 most common
 * passwords (security/common-passwords.txt, its source beside it), and not containing the person's
 * e-mail address or a part of their name.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 200;

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load();
    }

    /** Refuses the password with the reason a person can act on; returns when it is acceptable. */
    public void check(String password, String email, String fullName) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH || length > MAX_LENGTH) {
            throw new InvalidInputException("password.error.too-short", MIN_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || common.contains(lower.replaceAll("\\s+", ""))) {
            throw new InvalidInputException("password.error.common");
        }
        String address = email.strip().toLowerCase(Locale.ROOT);
        int at = address.indexOf('@');
        String local = at > 0 ? address.substring(0, at) : address;
        if (lower.contains(address) || (local.length() >= 3 && lower.contains(local))) {
            throw new InvalidInputException("password.error.email");
        }
        // Compared without accents: "Siân" is in "sian2024-and-more" as much as "Sian" is.
        String folded = Normalised.key(password).replace(" ", "");
        for (String part : Normalised.key(fullName).split("[\\s\\-'.]+")) {
            if (part.length() >= 3 && folded.contains(part)) {
                throw new InvalidInputException("password.error.name");
            }
        }
    }

    private static Set<String> load() {
        var words = new HashSet<String>(16_384);
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("security/common-passwords.txt").getInputStream(), StandardCharsets.UTF_8))) {
            reader.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(words::add);
        } catch (IOException missing) {
            throw new UncheckedIOException(missing);
        }
        return Set.copyOf(words);
    }
}
