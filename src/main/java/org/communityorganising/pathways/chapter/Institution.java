package org.communityorganising.pathways.chapter;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.communityorganising.pathways.base.AbstractEntity;

/** A member organisation of a chapter: a faith group, school, union, charity or university. */
@Entity
@Table(name = "institution")
public class Institution extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "chapter_id", nullable = false)
    private Chapter chapter;

    @Column(nullable = false, length = InstitutionForm.NAME_MAX)
    private String name = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private InstitutionKind kind = InstitutionKind.OTHER;

    @Column(nullable = false)
    private boolean active = true;

    @SuppressWarnings("NullAway.Init") // set by JPA
    protected Institution() {}

    Institution(Chapter chapter, String name, InstitutionKind kind) {
        this.chapter = chapter;
        update(name, kind);
    }

    void update(String name, InstitutionKind kind) {
        this.name = name;
        this.kind = kind;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public Chapter getChapter() {
        return chapter;
    }

    public String getName() {
        return name;
    }

    public InstitutionKind getKind() {
        return kind;
    }

    public boolean isActive() {
        return active;
    }
}
