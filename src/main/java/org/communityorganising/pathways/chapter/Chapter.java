package org.communityorganising.pathways.chapter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.communityorganising.pathways.base.AbstractEntity;

/** A local alliance (TELCO, Citizens Cymru Wales, …) that member institutions belong to. */
@Entity
@Table(name = "chapter")
public class Chapter extends AbstractEntity {

    @Column(nullable = false, length = ChapterForm.NAME_MAX)
    private String name = "";

    @Column(nullable = false, length = ChapterForm.REGION_MAX)
    private String region = "";

    @Column(name = "preferred_language", nullable = false, length = 2)
    private String preferredLanguage = "en";

    @Column(nullable = false)
    private boolean active = true;

    protected Chapter() {}

    Chapter(String name, String region, String preferredLanguage) {
        update(name, region, preferredLanguage);
    }

    void update(String name, String region, String preferredLanguage) {
        this.name = name;
        this.region = region;
        this.preferredLanguage = preferredLanguage;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public String getName() {
        return name;
    }

    public String getRegion() {
        return region;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public boolean isActive() {
        return active;
    }
}
