package org.communityorganising.pathways.course;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.communityorganising.pathways.base.AbstractEntity;
import org.jspecify.annotations.Nullable;

/**
 * A dated slot of a cohort. The calendar UID never changes; every change a person would want
 * their calendar to pick up (time, place, cancellation) raises the sequence (RFC 5545).
 */
@Entity
@Table(name = "training_session")
public class TrainingSession extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id", nullable = false)
    private Cohort cohort;

    @Column(nullable = false, length = 100, updatable = false)
    private String uid = "";

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt = Instant.EPOCH;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt = Instant.EPOCH;

    @Column(length = SessionForm.VENUE_MAX)
    private @Nullable String venue;

    @Column(name = "online_link", length = SessionForm.LINK_MAX)
    private @Nullable String onlineLink;

    @Column(nullable = false)
    private boolean cancelled;

    @Column(name = "cancel_reason", length = SessionForm.CANCEL_REASON_MAX)
    private @Nullable String cancelReason;

    @Column(nullable = false)
    private int sequence;

    @SuppressWarnings("NullAway.Init") // set by JPA
    protected TrainingSession() {}

    TrainingSession(Cohort cohort, TimeSlot slot, @Nullable String venue, @Nullable String onlineLink) {
        this.cohort = cohort;
        this.uid = UUID.randomUUID() + "@pathways";
        this.startsAt = slot.start();
        this.endsAt = slot.end();
        this.venue = venue;
        this.onlineLink = onlineLink;
    }

    void reschedule(TimeSlot slot, @Nullable String venue, @Nullable String onlineLink) {
        this.startsAt = slot.start();
        this.endsAt = slot.end();
        this.venue = venue;
        this.onlineLink = onlineLink;
        sequence++;
    }

    void cancel(String reason) {
        this.cancelled = true;
        this.cancelReason = reason;
        sequence++;
    }

    void reinstate() {
        this.cancelled = false;
        this.cancelReason = null;
        sequence++;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public String getUid() {
        return uid;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public @Nullable String getVenue() {
        return venue;
    }

    public @Nullable String getOnlineLink() {
        return onlineLink;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    public @Nullable String getCancelReason() {
        return cancelReason;
    }

    public int getSequence() {
        return sequence;
    }
}
