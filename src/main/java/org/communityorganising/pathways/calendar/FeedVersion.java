package org.communityorganising.pathways.calendar;

import java.time.Instant;

/**
 * Which version of a feed a poll would get: an entity tag for its exact bytes, and the time its
 * content was first served (Last-Modified, and each event's DTSTAMP).
 */
public record FeedVersion(String etag, Instant lastModified) {}
