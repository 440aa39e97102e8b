package org.communityorganising.pathways.chapter;

/** One row of the institutions grid. */
public record InstitutionListItem(long id, String name, InstitutionKind kind, long chapterId, String chapterName) {}
