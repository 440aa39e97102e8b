package org.communityorganising.pathways.progression.mentoring;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Mentoring's rules (pathways.mentoring.*), shown to both people of a pair.
 *
 * @param mentorMinRank the tier rank a mentor must hold (2: Core Team Leader)
 * @param maxMentees how many open pairs a mentor may have at once
 * @param expectedMeetings how many confirmed meetings a pair is expected to hold …
 * @param expectedMonths … in this many months; a pair with no confirmed meeting for this many
 *     months divided by the meetings is overdue
 */
@ConfigurationProperties("pathways.mentoring")
public record MentoringSettings(int mentorMinRank, int maxMentees, int expectedMeetings, int expectedMonths) {

    public MentoringSettings {
        mentorMinRank = mentorMinRank > 0 ? mentorMinRank : 2;
        maxMentees = maxMentees > 0 ? maxMentees : 3;
        expectedMeetings = expectedMeetings > 0 ? expectedMeetings : 3;
        expectedMonths = expectedMonths > 0 ? expectedMonths : 9;
    }

    /** The longest a pair may go without a confirmed meeting before it is overdue, in days. */
    public int overdueAfterDays() {
        return expectedMonths * 30 / expectedMeetings;
    }
}
