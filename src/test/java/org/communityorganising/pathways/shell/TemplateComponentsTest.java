package org.communityorganising.pathways.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.Uses;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A Vaadin element written into a template ({@code <vaadin-radio-group …>} in a LitRenderer) is
 * created by the browser alone: Vaadin's production build cannot see it, and loads its component
 * only if the class says so with {@code @Uses} or {@code @JsModule}. Development mode loads every
 * component, so nothing else would notice a missing one before a phone does.
 */
class TemplateComponentsTest {

    private static final Pattern ELEMENT_IN_TEMPLATE = Pattern.compile("<(vaadin-[a-z-]+)");
    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void everyClassDeclaresTheVaadinElementsItsTemplatesCreate() throws IOException {
        List<String> undeclared = new ArrayList<>();
        int templates = 0;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".java")).toList()) {
                var elements = ELEMENT_IN_TEMPLATE.matcher(Files.readString(file));
                Set<String> declared = null;
                while (elements.find()) {
                    if (declared == null) {
                        templates++;
                        declared = declaredModules(classOf(file));
                    }
                    String element = elements.group(1);
                    if (declared.stream().noneMatch(module -> module.endsWith("/" + element + ".js"))) {
                        undeclared.add(file + ": <" + element + ">");
                    }
                }
            }
        }
        assertThat(templates).as("the register's cards are such a template").isPositive();
        assertThat(undeclared).as("elements created in templates without @Uses").isEmpty();
    }

    private static Class<?> classOf(Path file) {
        String name = SOURCES.relativize(file).toString().replace(".java", "").replace('/', '.');
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException notFound) {
            throw new AssertionError(notFound);
        }
    }

    /** The modules of the class, of the components it uses, and of their superclasses. */
    private static Set<String> declaredModules(Class<?> type) {
        Set<String> modules = new HashSet<>();
        List<Class<?>> classes = new ArrayList<>(List.of(type));
        for (Uses uses : type.getAnnotationsByType(Uses.class)) {
            classes.add(uses.value());
        }
        for (Class<?> declaring : classes) {
            for (Class<?> level = declaring; level != null; level = level.getSuperclass()) {
                for (JsModule module : level.getAnnotationsByType(JsModule.class)) {
                    modules.add(module.value());
                }
            }
        }
        return modules;
    }
}
