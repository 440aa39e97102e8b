package org.communityorganising.pathways.actions;

/** The check-in code to show at the door now, and how many seconds it has left. */
public record CodeDisplay(long actionId, String code, int secondsLeft) {}
