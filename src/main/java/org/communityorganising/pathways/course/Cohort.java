package org.communityorganising.pathways.course;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.communityorganising.pathways.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/** One run of a course, for a chapter or (without one) national. */
@Entity
@Table(name = "cohort")
public class Cohort extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_id", nullable = false)
    private Course course;

    @Column(name = "chapter_id")
    private @Nullable Long chapterId;

    @Column(nullable = false, length = CohortForm.NAME_MAX)
    private String name = "";

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn = LocalDate.EPOCH;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn = LocalDate.EPOCH;

    @Column(nullable = false)
    private int capacity = 1;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CohortStatus status = CohortStatus.PLANNED;

    /** The people who deliver it (ids: trainers are people of the people feature). */
    @ElementCollection
    @CollectionTable(name = "cohort_trainer", joinColumns = @JoinColumn(name = "cohort_id"))
    @Column(name = "person_id", nullable = false)
    private Set<Long> trainerIds = new HashSet<>();

    @SuppressWarnings("NullAway.Init") // set by JPA
    protected Cohort() {}

    Cohort(Course course, @Nullable Long chapterId) {
        this.course = course;
        this.chapterId = chapterId;
    }

    void update(
            Course course,
            String name,
            LocalDate startsOn,
            LocalDate endsOn,
            int capacity,
            CohortStatus status,
            Set<Long> trainerIds) {
        this.course = course;
        this.name = name;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.capacity = capacity;
        this.status = status;
        this.trainerIds.clear();
        this.trainerIds.addAll(trainerIds);
    }

    public Course getCourse() {
        return course;
    }

    public @Nullable Long getChapterId() {
        return chapterId;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public int getCapacity() {
        return capacity;
    }

    public CohortStatus getStatus() {
        return status;
    }

    public Set<Long> getTrainerIds() {
        return Set.copyOf(trainerIds);
    }
}
