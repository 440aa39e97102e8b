/**
 * Actions and assemblies with a turnout ledger: a chapter's public actions, assemblies and
 * delegates assemblies; what each member institution and leader pledged to bring; who came — at
 * the door with the rotating check-in code, credited to their institution and, if they say so,
 * to the leader who brought them, or added as walk-ins — and the named roles (speaker, negotiator,
 * chair) the organiser records, which count for the ladder; for a delegates assembly, the roll
 * call of institutions, the quorum and one vote per institution on the chapter's priorities (a
 * listening campaign's issues). Owns {@code organising_action} and the {@code action_*} tables;
 * publishes {@code v_action_role}.
 */
@NullMarked
package org.communityorganising.pathways.actions;

import org.jspecify.annotations.NullMarked;
