package org.communityorganising.pathways.progression.mentoring;

import java.time.LocalDate;

/**
 * One person a leader mentors, as the tier rules count them: the tier rank the mentee holds now
 * and the day of their latest confirmed meeting. Never what was said.
 */
public record MenteeFact(long menteeId, int menteeRank, LocalDate lastConfirmedMeeting) {}
