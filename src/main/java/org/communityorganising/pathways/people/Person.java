package org.communityorganising.pathways.people;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import org.communityorganising.pathways.base.AbstractEntity;
import org.communityorganising.pathways.chapter.Chapter;
import org.communityorganising.pathways.chapter.Institution;
import org.jspecify.annotations.Nullable;

/** Someone Pathways knows: a trainee, trainer, chapter lead or administrator — often several. */
@Entity
@Table(name = "person")
public class Person extends AbstractEntity {

    @Column(name = "full_name", nullable = false, length = PersonForm.NAME_MAX)
    private String fullName = "";

    @Column(nullable = false, length = PersonForm.EMAIL_MAX)
    private String email = "";

    @Column(length = PersonForm.PHONE_MAX)
    private @Nullable String phone;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "chapter_id")
    private @Nullable Chapter chapter;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "institution_id")
    private @Nullable Institution institution;

    @Column(nullable = false, length = 2)
    private String language = "en";

    @Column(nullable = false)
    private boolean active = true;

    @ElementCollection
    @CollectionTable(name = "person_role", joinColumns = @JoinColumn(name = "person_id"))
    @Column(name = "role", nullable = false, length = 20)
    private Set<String> roles = new HashSet<>();

    /** A new person, at the entry tier of the ladder (progression keeps tiers, not people). */
    Person() {}

    void update(
            String fullName,
            String email,
            @Nullable String phone,
            @Nullable Chapter chapter,
            @Nullable Institution institution) {
        this.fullName = fullName;
        this.email = email;
        this.phone = phone;
        this.chapter = chapter;
        this.institution = institution;
    }

    Set<String> getRoles() {
        return roles;
    }

    void replaceRoles(Set<String> newRoles) {
        roles.clear();
        roles.addAll(newRoles);
    }

    void setActive(boolean active) {
        this.active = active;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public @Nullable Chapter getChapter() {
        return chapter;
    }

    public @Nullable Institution getInstitution() {
        return institution;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public String getLanguage() {
        return language;
    }

    void setLanguage(String language) {
        this.language = language;
    }

    public boolean isActive() {
        return active;
    }
}
