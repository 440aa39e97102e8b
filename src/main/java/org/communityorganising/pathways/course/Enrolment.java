package org.communityorganising.pathways.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.communityorganising.pathways.base.AbstractEntity;

/** A person in a cohort. Withdrawn enrolments are kept, so history and attendance stay whole. */
@Entity
@Table(name = "enrolment")
public class Enrolment extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EnrolmentStatus status = EnrolmentStatus.ENROLLED;

    @Column(name = "walk_in", nullable = false)
    private boolean walkIn;

    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt = Instant.EPOCH;

    @SuppressWarnings("NullAway.Init") // set by JPA
    protected Enrolment() {}

    Enrolment(Cohort cohort, long personId, Instant enrolledAt) {
        this.cohort = cohort;
        this.personId = personId;
        this.enrolledAt = enrolledAt;
    }

    void reenrol(Instant at) {
        this.status = EnrolmentStatus.ENROLLED;
        this.enrolledAt = at;
    }

    void markWalkIn() {
        this.walkIn = true;
    }

    void withdraw() {
        this.status = EnrolmentStatus.WITHDRAWN;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public long getPersonId() {
        return personId;
    }

    public EnrolmentStatus getStatus() {
        return status;
    }

    public boolean isWalkIn() {
        return walkIn;
    }
}
