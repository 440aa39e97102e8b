package org.communityorganising.pathways;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package is an application module (Spring Modulith): modules reach each other only
 * through their top-level API types, and their dependencies form no cycle.
 */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void theModulesKeepTheirBoundariesAndFormNoCycle() {
        MODULES.verify();
    }

    @Test
    void writeTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
