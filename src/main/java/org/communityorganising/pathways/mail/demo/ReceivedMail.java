package org.communityorganising.pathways.mail.demo;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One message the embedded server received, decoded: who to, what about, its plain-text part. */
public record ReceivedMail(
        int number, String to, String subject, @Nullable String language, String text, Instant receivedAt) {}
