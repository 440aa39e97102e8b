package org.communityorganising.pathways.attendance;

/** What the trainer shows the room: the current code and how long it stays valid. */
public record CheckInDisplay(long sessionId, String code, int secondsLeft) {}
