package org.communityorganising.pathways.chapter;

import org.jspecify.annotations.Nullable;

/** What the institution form edits; the chapter is fixed once created. */
public record InstitutionForm(
        String name, InstitutionKind kind, @Nullable Long chapterId, long version) {}
