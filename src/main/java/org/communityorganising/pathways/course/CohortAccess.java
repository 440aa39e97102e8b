package org.communityorganising.pathways.course;

import java.util.Objects;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.PathwaysUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may see and change a cohort. Administrators: every cohort. The cohort's own trainers: theirs.
 * Trainers and chapter leads of the cohort's chapter see it; its chapter's trainers change it.
 */
final class CohortAccess {

    private CohortAccess() {}

    static boolean canView(Cohort cohort, PathwaysUser user) {
        return canView(cohort.getChapterId(), cohort.getTrainerIds().contains(user.personId()), user);
    }

    static boolean canEdit(Cohort cohort, PathwaysUser user) {
        return canEdit(cohort.getChapterId(), cohort.getTrainerIds().contains(user.personId()), user);
    }

    /** Who may mark a session's register: those who change the cohort, and its chapter's leads. */
    static boolean canMark(Cohort cohort, PathwaysUser user) {
        return canMark(cohort.getChapterId(), cohort.getTrainerIds().contains(user.personId()), user);
    }

    // The same rules over a cohort's chapter and whether the user trains it, for callers that read
    // those two facts with SQL instead of loading the cohort.

    static boolean canView(@Nullable Long chapterId, boolean trainsIt, PathwaysUser user) {
        return user.isAdmin()
                || trainsIt
                || (sameChapter(chapterId, user)
                        && (user.hasRole(AppRoles.TRAINER) || user.hasRole(AppRoles.CHAPTER_LEAD)));
    }

    static boolean canEdit(@Nullable Long chapterId, boolean trainsIt, PathwaysUser user) {
        return user.isAdmin() || trainsIt || (sameChapter(chapterId, user) && user.hasRole(AppRoles.TRAINER));
    }

    static boolean canMark(@Nullable Long chapterId, boolean trainsIt, PathwaysUser user) {
        return canEdit(chapterId, trainsIt, user)
                || (sameChapter(chapterId, user) && user.hasRole(AppRoles.CHAPTER_LEAD));
    }

    static void requireView(Cohort cohort, PathwaysUser user) {
        if (!canView(cohort, user)) {
            throw new AccessDeniedException("Not a cohort of your chapter");
        }
    }

    static void requireEdit(Cohort cohort, PathwaysUser user) {
        if (!canEdit(cohort, user)) {
            throw new AccessDeniedException(
                    "Only the cohort's trainers, its chapter's trainers and administrators change it");
        }
    }

    private static boolean sameChapter(@Nullable Long chapterId, PathwaysUser user) {
        return chapterId != null && Objects.equals(chapterId, user.chapterId());
    }
}
