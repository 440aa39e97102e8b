package org.communityorganising.pathways.progression.tiers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.communityorganising.pathways.base.Bilingual;
import org.communityorganising.pathways.progression.practice.PracticeKind;
import org.jspecify.annotations.Nullable;

/**
 * One requirement of a tier, with what is needed to describe it (the course's titles), so that a
 * snapshot of it reads the same after the tier or the course is edited.
 *
 * @param count for PRACTICE: how many entries
 * @param windowMonths for PRACTICE: within how many months before today; null for ever
 * @param namedRole for PRACTICE of public actions: only those with a named role and turnout delivered
 * @param tierRank for TIER_HELD: the rank that must be held; for MENTEES: the rank the mentees hold
 * @param legacyUntil for MENTEES: mentoring meetings logged as practice before this day count one
 *     each, as before mentoring pairs existed (decision 0019); null when none count
 */
public record Requirement(
        RequirementKind kind,
        @Nullable Long courseId,
        @Nullable String courseTitleEn,
        @Nullable String courseTitleCy,
        @Nullable PracticeKind practiceKind,
        int count,
        @Nullable Integer windowMonths,
        @Nullable BigDecimal hours,
        boolean namedRole,
        int tierRank,
        @Nullable LocalDate legacyUntil) {

    public static Requirement course(long courseId, String titleEn, String titleCy) {
        return new Requirement(RequirementKind.COURSE, courseId, titleEn, titleCy, null, 0, null, null, false, 0, null);
    }

    public static Requirement practice(
            PracticeKind kind, int count, @Nullable Integer windowMonths, boolean namedRole) {
        return new Requirement(
                RequirementKind.PRACTICE, null, null, null, kind, count, windowMonths, null, namedRole, 0, null);
    }

    public static Requirement hours(BigDecimal hours) {
        return new Requirement(RequirementKind.HOURS, null, null, null, null, 0, null, hours, false, 0, null);
    }

    public static Requirement tierHeld(int rank) {
        return new Requirement(RequirementKind.TIER_HELD, null, null, null, null, 0, null, null, false, rank, null);
    }

    public static Requirement mentees(
            int count, int menteeRank, @Nullable Integer windowMonths, @Nullable LocalDate legacyUntil) {
        return new Requirement(
                RequirementKind.MENTEES,
                null,
                null,
                null,
                null,
                count,
                windowMonths,
                null,
                false,
                menteeRank,
                legacyUntil);
    }

    public @Nullable String courseTitle(Locale locale) {
        return courseTitleEn == null
                ? null
                : Bilingual.pick(
                        locale, courseTitleEn, java.util.Objects.requireNonNullElse(courseTitleCy, courseTitleEn));
    }
}
