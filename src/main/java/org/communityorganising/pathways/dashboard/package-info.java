/**
 * The chapter at a glance: pipeline, leaders who need attention, institution health, training and
 * trends for a chapter's lead, and every chapter side by side for administrators. Owns no table:
 * it counts what the other modules publish (their {@code v_*} views and APIs), never the content
 * of practice or a private note.
 */
@NullMarked
package org.communityorganising.pathways.dashboard;

import org.jspecify.annotations.NullMarked;
