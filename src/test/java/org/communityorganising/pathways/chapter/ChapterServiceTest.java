package org.communityorganising.pathways.chapter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

@IntegrationTest
class ChapterServiceTest {

    private static final PageRequest FIRST_PAGE = PageRequest.of(0, 50);

    @Autowired
    ChapterService chapters;

    @Autowired
    SignIn signIn;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private long chapterId(String name) {
        signIn.as(DemoLogins.ADMIN);
        var id = chapters.chapterOptions().stream()
                .filter(option -> option.name().equals(name))
                .findFirst()
                .orElseThrow()
                .id();
        SignIn.out();
        return id;
    }

    @Test
    void anAdministratorSeesEveryChapterWithItsInstitutionCount() {
        signIn.as(DemoLogins.ADMIN);
        var list = chapters.listChapters(FIRST_PAGE).getContent();
        assertThat(list)
                .extracting(ChapterListItem::name)
                .contains("TELCO", "Citizens Cymru Wales")
                .hasSize(8);
        assertThat(list)
                .filteredOn(chapter -> chapter.name().equals("TELCO"))
                .singleElement()
                .extracting(ChapterListItem::institutionCount)
                .isEqualTo(8L);
    }

    @Test
    void anAdministratorFiltersInstitutionsByChapterAndName() {
        long wales = chapterId("Citizens Cymru Wales");
        signIn.as(DemoLogins.ADMIN);
        var found = chapters.findInstitutions(new InstitutionFilter(wales, "ysgol"), FIRST_PAGE)
                .getContent();
        assertThat(found).extracting(InstitutionListItem::name).containsExactly("Ysgol Glantaf");
    }

    @Test
    void searchTreatsPercentAndUnderscoreAsPlainText() {
        signIn.as(DemoLogins.ADMIN);
        assertThat(chapters.findInstitutions(new InstitutionFilter(null, "%"), FIRST_PAGE)
                        .getContent())
                .isEmpty();
        assertThat(chapters.findInstitutions(new InstitutionFilter(null, "_"), FIRST_PAGE)
                        .getContent())
                .isEmpty();
    }

    @Test
    void aChapterLeadSeesOnlyTheirOwnChaptersInstitutions() {
        var lead = signIn.as(DemoLogins.LEAD);
        var found =
                chapters.findInstitutions(InstitutionFilter.all(), FIRST_PAGE).getContent();
        assertThat(found)
                .isNotEmpty()
                .allSatisfy(item -> assertThat(item.chapterId()).isEqualTo(lead.chapterId()));
        assertThat(chapters.chapterOptions()).extracting(ChapterOption::name).containsExactly("TELCO");
    }

    @Test
    void aChapterLeadIsRefusedAnotherChaptersInstitutions() {
        long wales = chapterId("Citizens Cymru Wales");
        signIn.as(DemoLogins.LEAD);
        assertThatThrownBy(() -> chapters.findInstitutions(new InstitutionFilter(wales, ""), FIRST_PAGE))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aChapterLeadCannotListAllChapters() {
        signIn.as(DemoLogins.LEAD);
        assertThatThrownBy(() -> chapters.listChapters(FIRST_PAGE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void traineesAndTrainersCannotReadInstitutionsAtAll() {
        signIn.as(DemoLogins.TRAINEE);
        assertThatThrownBy(() -> chapters.findInstitutions(InstitutionFilter.all(), FIRST_PAGE))
                .isInstanceOf(AccessDeniedException.class);
        signIn.as(DemoLogins.TRAINER);
        assertThatThrownBy(() -> chapters.findInstitutions(InstitutionFilter.all(), FIRST_PAGE))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(chapters.chapterOptions())
                .as("a trainer may pick their own chapter when scheduling")
                .extracting(ChapterOption::name)
                .containsExactly("TELCO");
    }

    @Test
    void nobodySignedInIsRefused() {
        assertThatThrownBy(() -> chapters.listChapters(FIRST_PAGE))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
