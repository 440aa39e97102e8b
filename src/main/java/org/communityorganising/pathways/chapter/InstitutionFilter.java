package org.communityorganising.pathways.chapter;

import org.jspecify.annotations.Nullable;

/**
 * What the institutions grid asks for. A chapter lead always sees their own chapter, whatever
 * chapter the filter names; see {@link ChapterService#findInstitutions}.
 */
public record InstitutionFilter(@Nullable Long chapterId, String nameContains) {

    public InstitutionFilter {
        nameContains = nameContains.strip();
    }

    public static InstitutionFilter all() {
        return new InstitutionFilter(null, "");
    }
}
