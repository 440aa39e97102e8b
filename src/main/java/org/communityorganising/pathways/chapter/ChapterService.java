package org.communityorganising.pathways.chapter;

import java.util.List;
import java.util.Objects;
import org.communityorganising.pathways.base.ConcurrentChangeException;
import org.communityorganising.pathways.base.InvalidInputException;
import org.communityorganising.pathways.base.PlainText;
import org.communityorganising.pathways.base.SearchText;
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
@PreAuthorize(AppRoles.LEAD_OR_ADMIN)
public class ChapterService {

    private final ChapterRepository chapters;
    private final InstitutionRepository institutions;
    private final CurrentUser currentUser;

    ChapterService(ChapterRepository chapters, InstitutionRepository institutions, CurrentUser currentUser) {
        this.chapters = chapters;
        this.institutions = institutions;
        this.currentUser = currentUser;
    }

    @PreAuthorize(AppRoles.ADMIN_ONLY)
    public Slice<ChapterListItem> listChapters(Pageable pageable) {
        return chapters.findListItems(pageable);
    }

    /** The chapters the caller may filter by: all of them for an administrator, else their own. */
    @PreAuthorize(AppRoles.TRAINER_LEAD_OR_ADMIN)
    public List<ChapterOption> chapterOptions() {
        var user = currentUser.require();
        var options = chapters.findOptions();
        if (user.isAdmin()) {
            return options;
        }
        return options.stream()
                .filter(option -> Objects.equals(option.id(), user.chapterId()))
                .toList();
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
        return institutions.findListItems(chapterId, SearchText.containsPattern(filter.nameContains()), pageable);
    }

    @PreAuthorize(AppRoles.ADMIN_ONLY)
    public ChapterForm loadChapter(long id) {
        var chapter = chapters.findById(id).orElseThrow(() -> new InvalidInputException("chapters.error.not-found"));
        return new ChapterForm(
                chapter.getName(), chapter.getRegion(), chapter.getPreferredLanguage(), chapter.getVersion());
    }

    @Transactional
    @PreAuthorize(AppRoles.ADMIN_ONLY)
    public long createChapter(ChapterForm form) {
        var chapter = new Chapter("", "", "en");
        applyChapter(chapter, form, 0L);
        return Objects.requireNonNull(chapters.save(chapter).getId());
    }

    @Transactional
    @PreAuthorize(AppRoles.ADMIN_ONLY)
    public void updateChapter(long id, ChapterForm form) {
        var chapter = chapters.findById(id).orElseThrow(() -> new InvalidInputException("chapters.error.not-found"));
        ConcurrentChangeException.check(chapter, form.version(), "This chapter");
        applyChapter(chapter, form, id);
    }

    /** Deactivated chapters leave the lists; people, cohorts and history keep pointing at them. */
    @Transactional
    @PreAuthorize(AppRoles.ADMIN_ONLY)
    public void setChapterActive(long id, boolean active) {
        chapters.findById(id)
                .orElseThrow(() -> new InvalidInputException("chapters.error.not-found"))
                .setActive(active);
    }

    private void applyChapter(Chapter chapter, ChapterForm form, long id) {
        String name = PlainText.requiredLine(form.name(), ChapterForm.NAME_MAX, "chapters.error.name");
        String region = PlainText.requiredLine(form.region(), ChapterForm.REGION_MAX, "chapters.error.region");
        if (!List.of("en", "cy").contains(form.preferredLanguage())) {
            throw new InvalidInputException("chapters.error.language");
        }
        if (chapters.nameTaken(name, id)) {
            throw new InvalidInputException("chapters.error.name-taken");
        }
        chapter.update(name, region, form.preferredLanguage());
    }

    public InstitutionForm loadInstitution(long id) {
        var institution = manageableInstitution(id);
        return new InstitutionForm(
                institution.getName(),
                institution.getKind(),
                institution.getChapter().getId(),
                institution.getVersion());
    }

    /** The active institutions of a chapter the caller may see, for a form. */
    public List<InstitutionOption> institutionOptions(long chapterId) {
        requireChapter(chapterId);
        return institutions.findOptions(chapterId);
    }

    @Transactional
    public long createInstitution(InstitutionForm form) {
        Long chapterId = form.chapterId();
        if (chapterId == null) {
            throw new InvalidInputException("institutions.error.chapter");
        }
        requireChapter(chapterId);
        var chapter =
                chapters.findById(chapterId).orElseThrow(() -> new InvalidInputException("institutions.error.chapter"));
        var institution = new Institution(chapter, "", InstitutionKind.OTHER);
        applyInstitution(institution, form, chapterId, 0L);
        return Objects.requireNonNull(institutions.save(institution).getId());
    }

    @Transactional
    public void updateInstitution(long id, InstitutionForm form) {
        var institution = manageableInstitution(id);
        ConcurrentChangeException.check(institution, form.version(), "This institution");
        applyInstitution(
                institution,
                form,
                Objects.requireNonNull(institution.getChapter().getId()),
                id);
    }

    @Transactional
    public void setInstitutionActive(long id, boolean active) {
        manageableInstitution(id).setActive(active);
    }

    private void applyInstitution(Institution institution, InstitutionForm form, long chapterId, long id) {
        String name = PlainText.requiredLine(form.name(), InstitutionForm.NAME_MAX, "institutions.error.name");
        if (institutions.nameTaken(chapterId, name, id)) {
            throw new InvalidInputException("institutions.error.name-taken");
        }
        institution.update(name, form.kind());
    }

    private Institution manageableInstitution(long id) {
        var institution =
                institutions.findById(id).orElseThrow(() -> new InvalidInputException("institutions.error.not-found"));
        requireChapter(Objects.requireNonNull(institution.getChapter().getId()));
        return institution;
    }

    /** An administrator may act on any chapter, a chapter lead on their own only. */
    private void requireChapter(long chapterId) {
        var user = currentUser.require();
        if (!user.isAdmin() && !Objects.equals(user.chapterId(), chapterId)) {
            throw new AccessDeniedException("Only your own chapter");
        }
    }
}
