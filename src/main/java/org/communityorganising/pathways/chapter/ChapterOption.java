package org.communityorganising.pathways.chapter;

/** A chapter as a choice in a filter or form. */
public record ChapterOption(long id, String name) {}
