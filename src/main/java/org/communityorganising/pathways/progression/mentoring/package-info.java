/**
 * Mentoring pairs: a trainer or lead pairs a mentor (holding Core Team Leader or above) with a
 * mentee of the chapter; either logs a meeting — its date and length, the fact only — and the
 * other confirms it. A mentor sees only their own mentees. What the ladder counts of it (the
 * mentees with a confirmed meeting) is read through {@link
 * org.communityorganising.pathways.progression.mentoring.MentoringService#menteesOf}. Owns {@code
 * mentoring_pair} and {@code mentoring_meeting}; publishes {@code v_mentoring_pair} and {@code
 * v_mentoring_meeting}.
 */
@ApplicationModule(displayName = "Progression: mentoring")
@NullMarked
package org.communityorganising.pathways.progression.mentoring;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
