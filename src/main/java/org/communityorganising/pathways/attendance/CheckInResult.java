package org.communityorganising.pathways.attendance;

/** What a self check-in did: marked the person present or late, or found them already marked. */
public record CheckInResult(AttendanceStatus status, boolean alreadyMarked) {}
