package org.communityorganising.pathways.course;

public enum CourseFormat {
    IN_PERSON,
    ONLINE,
    RESIDENTIAL,
    WEEKLY;

    public String translationKey() {
        return "course.format." + name();
    }
}
