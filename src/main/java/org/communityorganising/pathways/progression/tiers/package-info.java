/** Tiers: the ladder, its requirements and rules, each person's tier and its history, and the one assessment of a leader for a tier. Owns tier, tier_requirement, person_tier, tier_history; publishes v_person_tier. */
@ApplicationModule(displayName = "Progression: tiers")
@NullMarked
package org.communityorganising.pathways.progression.tiers;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
