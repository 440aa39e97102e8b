/** Practice: the log of one-to-ones, house meetings and actions a leader keeps, and its review by trainers. Owns practice_entry. */
@ApplicationModule(displayName = "Progression: practice")
@NullMarked
package org.communityorganising.pathways.progression.practice;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
