package org.communityorganising.pathways.mail;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where people reach Pathways from outside ({@code PATHWAYS_PUBLIC_URL}): every link in a mail is
 * made from it, never from a request's Host header, which whoever sends the request chooses.
 */
@Component
public class PublicAddress {

    private final String base;

    PublicAddress(@Value("${pathways.public-url:http://localhost:8080}") String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The absolute address of a path of the app, e.g. {@code /invitation/…}. */
    public String of(String path) {
        return base + (path.startsWith("/") ? path : "/" + path);
    }
}
