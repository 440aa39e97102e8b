package org.communityorganising.pathways.course;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a session is cancelled: trainees read it in their feed and on their home. */
public record SessionCancellation(
        @NotBlank(message = "{sessions.error.cancel-reason}")
        @Size(max = SessionForm.CANCEL_REASON_MAX, message = "{form.error.too-long}")
        String reason) {}
