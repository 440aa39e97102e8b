package org.communityorganising.pathways.support;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.server.frontend.scanner.ChunkInfo;
import com.vaadin.flow.server.frontend.scanner.ClassFinder;
import com.vaadin.flow.server.frontend.scanner.EntryPointData;
import com.vaadin.flow.server.frontend.scanner.FrontendDependencies;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What Vaadin's production build puts where, asked of Vaadin's own scanner as the build asks it:
 * the first load every page fetches before it draws, and each route's chunk, fetched when the
 * route (or the class that triggers it) is first shown (decisions 0024, 0026).
 */
public final class FrontendBundle {

    private static FrontendDependencies scanned;

    private FrontendBundle() {}

    private static synchronized FrontendDependencies scanner() {
        if (scanned == null) {
            var classes = new ClassFileImporter()
                            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                            .importPackages("org.communityorganising.pathways")
                            .stream()
                            .map(JavaClass::reflect)
                            .collect(Collectors.toSet());
            scanned = new FrontendDependencies(new ClassFinder.DefaultClassFinder(classes), false, null, false);
        }
        return scanned;
    }

    /** The modules of the first load: the layout, the error views and the listeners (no route, decision 0030). */
    public static Set<String> firstLoad() {
        Set<String> modules = new LinkedHashSet<>();
        for (EntryPointData entryPoint : scanner().getEntryPoints()) {
            if (entryPoint.isEager()) {
                modules.addAll(entryPoint.getModules());
            }
        }
        return modules;
    }

    /** The chunk of one route: its modules, and the classes whose showing loads it. */
    public static Chunk chunkOf(Class<?> route) {
        for (Map.Entry<ChunkInfo, List<String>> chunk : scanner().getModules().entrySet()) {
            if (route.getName().equals(chunk.getKey().getName())) {
                return new Chunk(
                        Set.copyOf(chunk.getValue()), List.copyOf(chunk.getKey().getDependencyTriggers()));
            }
        }
        throw new IllegalArgumentException("No chunk for " + route.getName());
    }

    /** A route's chunk: the modules it holds and the names of the classes that trigger it. */
    public record Chunk(Set<String> modules, List<String> triggers) {}

    /** The Vaadin component a module defines, as the build names it: "radio-group" for its package. */
    public static String component(String module) {
        return module.startsWith("@vaadin/") ? module.split("/")[1] : module;
    }

    /** The modules the components now shown under this one declare, itself included. */
    public static Set<String> modulesShownIn(com.vaadin.flow.component.Component component) {
        Set<String> modules = new LinkedHashSet<>(declaredModules(component.getClass()));
        component.getChildren().forEach(child -> modules.addAll(modulesShownIn(child)));
        return modules;
    }

    /**
     * The modules a class declares for the browser: its own {@code @JsModule}s, those of the
     * components it names with {@code @Uses}, and their superclasses'.
     */
    public static Set<String> declaredModules(Class<?> type) {
        Set<String> modules = new LinkedHashSet<>();
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
