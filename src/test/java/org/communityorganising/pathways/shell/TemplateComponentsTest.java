package org.communityorganising.pathways.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.communityorganising.pathways.support.FrontendBundle;
import org.junit.jupiter.api.Test;

/**
 * A Vaadin element written into a template (a {@code vaadin-radio-group} element in a LitRenderer's template) is
 * created by the browser alone: Vaadin's production build cannot see it, and loads its component
 * only if the class says so with {@code @Uses} or {@code @JsModule}. Development mode loads every
 * component, so nothing else would notice a missing one before a phone does.
 */
class TemplateComponentsTest {

    private static final Pattern ELEMENT_IN_TEMPLATE = Pattern.compile("<(vaadin-[a-z-]+)");

    @Test
    void everyClassDeclaresTheVaadinElementsItsTemplatesCreate() throws IOException {
        assertThat(undeclared(Path.of("src/main/java")))
                .as("elements created in templates without @Uses")
                .isEmpty();
    }

    @Test
    void aTemplateWithAnUndeclaredElementIsFound() throws IOException {
        assertThat(undeclared(Path.of("src/test/java")))
                .containsExactly(Path.of("src/test/java/org/communityorganising/pathways/shell/TemplateFixture.java")
                        + ": <" + "vaadin-date-picker>");
    }

    private static List<String> undeclared(Path sources) throws IOException {
        List<String> undeclared = new ArrayList<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java"))
                    .sorted()
                    .toList()) {
                var elements = ELEMENT_IN_TEMPLATE.matcher(Files.readString(file));
                Set<String> declared = null;
                while (elements.find()) {
                    if (declared == null) {
                        declared = FrontendBundle.declaredModules(classOf(sources, file));
                    }
                    String element = elements.group(1);
                    if (declared.stream().noneMatch(module -> module.endsWith("/" + element + ".js"))) {
                        undeclared.add(file + ": <" + element + ">");
                    }
                }
            }
        }
        return undeclared;
    }

    private static Class<?> classOf(Path sources, Path file) {
        String name = sources.relativize(file).toString().replace(".java", "").replace('/', '.');
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException notFound) {
            throw new AssertionError(notFound);
        }
    }
}
