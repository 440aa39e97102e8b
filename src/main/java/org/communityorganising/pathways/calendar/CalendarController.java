package org.communityorganising.pathways.calendar;

import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Serves calendar files over plain HTTP, for calendar apps and downloads. */
@RestController
class CalendarController {

    static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8);

    private final CalendarFeedService feeds;

    CalendarController(CalendarFeedService feeds) {
        this.feeds = feeds;
    }

    /** A person's private feed; SecurityConfig lets it through without login (the token is the key). */
    @GetMapping("/calendar/feed/{token}.ics")
    ResponseEntity<byte[]> feed(@PathVariable String token) {
        return feeds.feed(token, sessionUrlPrefix())
                .map(body -> ResponseEntity.ok()
                        .contentType(TEXT_CALENDAR)
                        .cacheControl(CacheControl.noCache().cachePrivate())
                        .body(body))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }

    /** One session to add to a calendar by hand; needs a login like the session page. */
    @GetMapping("/calendar/session/{id}.ics")
    ResponseEntity<byte[]> session(@PathVariable long id, Locale locale) {
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("session-" + id + ".ics").build().toString())
                .body(feeds.sessionIcs(id, sessionUrlPrefix(), locale));
    }

    private static String sessionUrlPrefix() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path("/sessions/").toUriString();
    }
}
