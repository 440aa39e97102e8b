package org.communityorganising.pathways.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.communityorganising.pathways.chapter.InstitutionKind;
import org.communityorganising.pathways.course.CourseFormat;
import org.communityorganising.pathways.progression.tiers.TierApproval;
import org.communityorganising.pathways.security.AppRoles;
import org.junit.jupiter.api.Test;

/** Every UI string exists in English and in Welsh, and every key the code asks for exists. */
class TranslationBundlesTest {

    private static final Pattern LITERAL_KEY = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"\\s*[,)]");
    private static final Pattern MENU_TITLE = Pattern.compile("@Menu\\([^)]*title\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern CHOSEN_KEY =
            Pattern.compile("getTranslation\\([^\"()]*\\?\\s*\"([^\"]+)\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern MESSAGE_KEY = Pattern.compile("\"((?:csv|[a-z]+\\.error)\\.[a-z0-9.\\-]+)\"");
    private static final Pattern CONSTRAINT_MESSAGE = Pattern.compile("message\\s*=\\s*\"\\{([a-z][a-z0-9.\\-]+)\\}\"");
    private static final Pattern STEP_KEY = Pattern.compile("(?:available|comingSoon)\\(\\s*\"([^\"]+)\"");

    private final Properties english = load("vaadin-i18n/translations.properties");
    private final Properties welsh = load("vaadin-i18n/translations_cy.properties");

    @Test
    void englishAndWelshHaveExactlyTheSameKeys() {
        assertThat(welsh.stringPropertyNames()).as("keys missing in Welsh").containsAll(english.stringPropertyNames());
        assertThat(english.stringPropertyNames())
                .as("keys missing in English")
                .containsAll(welsh.stringPropertyNames());
    }

    @Test
    void noStringIsEmpty() {
        for (var bundle : new Properties[] {english, welsh}) {
            bundle.stringPropertyNames()
                    .forEach(key -> assertThat(bundle.getProperty(key)).as(key).isNotBlank());
        }
    }

    @Test
    void stringsWithPlaceholdersUseNoPlainApostropheWhichMessageFormatWouldSwallow() {
        for (var bundle : new Properties[] {english, welsh}) {
            bundle.stringPropertyNames().stream()
                    .filter(key -> bundle.getProperty(key).contains("{0}"))
                    .forEach(key -> assertThat(bundle.getProperty(key)).as(key).doesNotContain("'"));
        }
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> used = new HashSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                LITERAL_KEY.matcher(code).results().forEach(match -> used.add(match.group(1)));
                MENU_TITLE.matcher(code).results().forEach(match -> used.add(match.group(1)));
                MESSAGE_KEY.matcher(code).results().forEach(match -> used.add(match.group(1)));
                CONSTRAINT_MESSAGE.matcher(code).results().forEach(match -> used.add(match.group(1)));
                CHOSEN_KEY.matcher(code).results().forEach(match -> {
                    used.add(match.group(1));
                    used.add(match.group(2));
                });
                STEP_KEY.matcher(code).results().forEach(match -> {
                    used.add(match.group(1) + ".title");
                    used.add(match.group(1) + ".text");
                });
            }
        }
        for (var kind : InstitutionKind.values()) {
            used.add(kind.translationKey());
        }
        for (var format : CourseFormat.values()) {
            used.add(format.translationKey());
        }
        for (var status : org.communityorganising.pathways.course.CohortStatus.values()) {
            used.add(status.translationKey());
        }
        for (var status : org.communityorganising.pathways.course.EnrolmentStatus.values()) {
            used.add(status.translationKey());
        }
        for (var approval : TierApproval.values()) {
            used.add(approval.translationKey());
        }
        for (String role : AppRoles.ALL) {
            used.add(AppRoles.translationKey(role));
            used.add("home.section." + role);
        }
        for (var language : Languages.ALL) {
            used.add(Languages.translationKey(language));
        }
        assertThat(used).hasSizeGreaterThan(300);
        assertThat(english.stringPropertyNames())
                .as("keys used in code but missing in the bundles")
                .containsAll(used);
    }

    private static Properties load(String resource) {
        var properties = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
