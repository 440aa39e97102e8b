package org.communityorganising.pathways.chapter;

/** One row of the chapters grid: the chapter and how many active member institutions it has. */
public record ChapterListItem(long id, String name, String region, String preferredLanguage, long institutionCount) {}
