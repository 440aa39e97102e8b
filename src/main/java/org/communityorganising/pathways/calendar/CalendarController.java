package org.communityorganising.pathways.calendar;

import java.util.Locale;
import org.communityorganising.pathways.base.InvalidInputException;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Serves calendar files over plain HTTP, for calendar apps and downloads. */
@RestController
class CalendarController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeedService feeds;

    CalendarController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    /**
     * A person's private feed; SecurityConfig lets it through without login (the token is the key).
     * Answers 304 Not Modified, without writing the calendar, when the app's copy is current.
     */
    @GetMapping("/calendar/feed/{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token, WebRequest request) {
        var feed = feeds.feed(
                token,
                sessionUrlPrefix(),
                version -> request.checkNotModified(
                        version.etag(), version.lastModified().toEpochMilli()));
        if (feed.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        var version = feed.get().version();
        // A 304 carries the same validators and caching rule as the 200 it stands for (RFC 9110).
        var answer =
                feed.get().body().isPresent() ? ResponseEntity.ok() : ResponseEntity.status(HttpStatus.NOT_MODIFIED);
        answer.cacheControl(CacheControl.noCache().cachePrivate())
                .eTag(version.etag())
                .lastModified(version.lastModified());
        return feed.get()
                .body()
                .map(body -> answer.contentType(TEXT_CALENDAR).body(body))
                .orElseGet(answer::build);
    }

    /** Any other address under the feeds: nothing here (not the app's page with 200). */
    @GetMapping({
        "/calendar/feed",
        "/calendar/feed/",
        "/calendar/feed/**",
        "/calendar/session",
        "/calendar/session/",
        "/calendar/session/**"
    })
    ResponseEntity<Void> nothingHere() {
        return ResponseEntity.notFound().build();
    }

    /**
     * One session to add to a calendar by hand; needs a login like the session page. A session the
     * person may not see is answered like one that does not exist.
     */
    @GetMapping("/calendar/session/{id}.ics")
    ResponseEntity<byte[]> session(@PathVariable String id, Locale locale) {
        long sessionId;
        byte[] body;
        try {
            sessionId = Long.parseLong(id);
            body = feeds.sessionIcs(sessionId, sessionUrlPrefix(), locale);
        } catch (NumberFormatException | InvalidInputException | AccessDeniedException notYours) {
            return ResponseEntity.notFound().build();
        }
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("session-" + sessionId + ".ics")
                                .build()
                                .toString())
                .body(body);
    }

    private static String sessionUrlPrefix() {
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/sessions/")
                .toUriString();
    }
}
