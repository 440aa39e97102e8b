package org.communityorganising.pathways.security;

import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The chapter rule for reading many people at once: administrators read any chapter, everyone
 * else only their own. One statement however many people are asked for, so that a chapter-wide
 * read costs the same at 20 people as at 2,000.
 */
public final class ChapterScope {

    private ChapterScope() {}

    /** Administrators: any chapter; a lead or trainer: only their own. */
    public static void requireChapter(PathwaysUser user, long chapterId) {
        if (!user.isAdmin() && (user.chapterId() == null || user.chapterId() != chapterId)) {
            throw new AccessDeniedException("Only your own chapter");
        }
    }

    /** Refuses unless every one of the people is of the caller's chapter (administrators: anyone). */
    public static void requireAllOfOwnChapter(JdbcClient jdbc, PathwaysUser user, Collection<Long> personIds) {
        if (user.isAdmin() || personIds.isEmpty()) {
            return;
        }
        int outside = jdbc.sql("""
                        select count(*) from unnest(cast(:ids as bigint[])) as asked (id)
                        left join v_person p on p.id = asked.id
                        where p.id is null or p.chapter_id is distinct from :chapter""")
                .param("ids", idArray(personIds))
                .param("chapter", user.chapterId(), java.sql.Types.BIGINT)
                .query(Integer.class)
                .single();
        if (outside > 0) {
            throw new AccessDeniedException("Only people of your own chapter");
        }
    }

    /**
     * Refuses unless the people are the caller alone, or the caller is a trainer or lead of all of
     * their chapter (administrators: anyone's): who may read a person's record for the ladder.
     */
    public static void requireSelfOrStaffOf(JdbcClient jdbc, PathwaysUser user, Collection<Long> personIds) {
        if (personIds.size() == 1 && personIds.contains(user.personId())) {
            return;
        }
        if (!user.isAdmin() && !user.hasRole(AppRoles.TRAINER) && !user.hasRole(AppRoles.CHAPTER_LEAD)) {
            throw new AccessDeniedException("Only your own record, or those of your chapter's people for its staff");
        }
        requireAllOfOwnChapter(jdbc, user, personIds);
    }

    /** The ids as a PostgreSQL array literal, bound as one parameter: {@code = any(cast(:ids as bigint[]))}. */
    public static String idArray(Collection<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
