package org.communityorganising.pathways;

import static org.assertj.core.api.Assertions.assertThat;

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
    void progressionIsOneModuleOfSixNestedOnesThatVerifyChecks() {
        assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
                .contains("progression")
                .filteredOn(name -> name.startsWith("progression."))
                .containsExactlyInAnyOrder(
                        "progression.practice",
                        "progression.tiers",
                        "progression.promotions",
                        "progression.credentials",
                        "progression.routes",
                        "progression.mentoring");
        // Practice knows nothing of tiers or promotions; tiers nothing of promotions.
        var practice = MODULES.getModuleByName("progression.practice").orElseThrow();
        var tiers = MODULES.getModuleByName("progression.tiers").orElseThrow();
        var promotions = MODULES.getModuleByName("progression.promotions").orElseThrow();
        assertThat(practice.getDirectDependencies(MODULES).contains(tiers)).isFalse();
        assertThat(practice.getDirectDependencies(MODULES).contains(promotions)).isFalse();
        assertThat(tiers.getDirectDependencies(MODULES).contains(promotions)).isFalse();
        assertThat(promotions.getDirectDependencies(MODULES).contains(tiers)).isTrue();
        // Mentoring knows nothing of the ladder's code: tiers reads whom a leader mentors from it.
        var mentoring = MODULES.getModuleByName("progression.mentoring").orElseThrow();
        assertThat(mentoring.getDirectDependencies(MODULES).contains(tiers)).isFalse();
        assertThat(tiers.getDirectDependencies(MODULES).contains(mentoring)).isTrue();
    }

    @Test
    void writeTheModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("target/modulith-docs"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
