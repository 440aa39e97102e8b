package org.communityorganising.pathways.chapter;

/** What the chapter form edits. */
public record ChapterForm(String name, String region, String preferredLanguage, long version) {
    // Length limits: one constant for the column, the service rule and the form field.
    public static final int NAME_MAX = 120;
    public static final int REGION_MAX = 120;
}
