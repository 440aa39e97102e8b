/**
 * Accredited routes: an awarding body's route (hour buckets such as Research, Action and
 * Evaluation, a minimum and maximum duration), the leaders who follow one, and a trainer's sign-off
 * of each bucket. Hours are never typed in: they fill themselves from the register's times and
 * from confirmed practice with a duration, read through attendance's and practice's APIs when a
 * portfolio is opened. Owns {@code accredited_route}, {@code route_bucket}, {@code route_portfolio}
 * and {@code route_signoff}.
 */
@ApplicationModule(displayName = "Progression: accredited routes")
@NullMarked
package org.communityorganising.pathways.progression.routes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
