package org.communityorganising.pathways.chapter;

import java.util.List;
import java.util.Objects;
import org.communityorganising.pathways.security.AppRoles;
import org.communityorganising.pathways.security.CurrentUser;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chapters and their member institutions. Administrators see every chapter; a chapter lead sees
 * only the institutions of their own chapter, enforced here and not only in the views.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('" + AppRoles.CHAPTER_LEAD + "', '" + AppRoles.ADMIN + "')")
public class ChapterService {

    private final ChapterRepository chapters;
    private final InstitutionRepository institutions;
    private final CurrentUser currentUser;

    ChapterService(ChapterRepository chapters, InstitutionRepository institutions, CurrentUser currentUser) {
        this.chapters = chapters;
        this.institutions = institutions;
        this.currentUser = currentUser;
    }

    @PreAuthorize("hasRole('" + AppRoles.ADMIN + "')")
    public Slice<ChapterListItem> listChapters(Pageable pageable) {
        return chapters.findListItems(pageable);
    }

    /** The chapters the caller may filter by: all of them for an administrator, else their own. */
    public List<ChapterOption> chapterOptions() {
        var user = currentUser.require();
        var options = chapters.findOptions();
        if (user.isAdmin()) {
            return options;
        }
        return options.stream().filter(option -> Objects.equals(option.id(), user.chapterId())).toList();
    }

    /**
     * Institutions matching the filter. A chapter lead who names another chapter is refused; one
     * who names none gets their own chapter.
     */
    public Slice<InstitutionListItem> findInstitutions(InstitutionFilter filter, Pageable pageable) {
        var user = currentUser.require();
        Long chapterId = filter.chapterId();
        if (!user.isAdmin()) {
            Long ownChapter = user.chapterId();
            if (ownChapter == null || (chapterId != null && !chapterId.equals(ownChapter))) {
                throw new AccessDeniedException("A chapter lead sees only their own chapter's institutions");
            }
            chapterId = ownChapter;
        }
        return institutions.findListItems(chapterId, likePattern(filter.nameContains()), pageable);
    }

    /** A LIKE pattern that matches the typed text literally, even when it contains % or _. */
    static String likePattern(String text) {
        return "%" + text.toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
