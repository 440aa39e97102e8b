/**
 * Listening campaigns: a chapter lead opens a campaign (its dates, a target per leader and per
 * institution, the issue tags); leaders log listening conversations and house meetings as counts
 * with tags — no names, no stories — in three taps on a phone; progress per leader and per
 * institution shows live, and the tally of issues per institution and for the chapter is what a
 * delegates assembly votes on. Owns {@code listening_campaign}, {@code listening_tag}, {@code
 * listening_log} and {@code listening_log_tag}; publishes {@code v_listening_tally} and {@code
 * v_listening_tag}.
 */
@NullMarked
package org.communityorganising.pathways.listening;

import org.jspecify.annotations.NullMarked;
