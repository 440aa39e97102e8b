package org.communityorganising.pathways.chapter;

/** What the chapter form edits. */
public record ChapterForm(String name, String region, String preferredLanguage, long version) {}
