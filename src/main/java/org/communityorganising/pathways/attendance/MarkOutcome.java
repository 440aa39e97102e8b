package org.communityorganising.pathways.attendance;

/**
 * What happened to a mark: saved, or refused because someone else changed it first — then
 * {@code row} holds their newer mark and who made it, so the register can show it.
 */
public record MarkOutcome(boolean saved, RegisterRow row) {}
