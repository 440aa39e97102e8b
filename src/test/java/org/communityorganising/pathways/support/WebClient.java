package org.communityorganising.pathways.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Talks to the running app over HTTP as a browser on its own page would: the login form's POST
 * with the Origin header a browser sends, from a client address of the test's choosing (given as
 * X-Forwarded-For, which Tomcat trusts from loopback), and requests carrying the session cookie.
 */
public final class WebClient {

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;
    private final String address;

    /** A client at a fresh address of the documentation range, so tests never share a login limit. */
    public WebClient(int port) {
        this(port, "198.51.100." + ThreadLocalRandom.current().nextInt(1, 255) + "");
    }

    public WebClient(int port, String address) {
        this.port = port;
        this.address = address;
    }

    public String origin() {
        return "http://localhost:" + port;
    }

    public URI uri(String path) {
        return URI.create(origin() + path);
    }

    /** Posts the login form; the session cookie when it signed in. */
    public Optional<String> login(String email, String password) {
        var response = postLogin(email, password, origin());
        boolean signedIn = response.statusCode() == 302
                && response.headers()
                        .firstValue("Location")
                        .filter(location -> !location.contains("/login"))
                        .isPresent();
        return signedIn ? sessionCookie(response) : Optional.empty();
    }

    /** The login form's POST with the given Origin header (none when null). */
    public HttpResponse<String> postLogin(String email, String password, String origin) {
        var form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return send(request.build());
    }

    /** A page as the browser asks for it, with the session cookie (or none). */
    public HttpResponse<String> get(String path, String cookie) {
        var request = HttpRequest.newBuilder(uri(path))
                .header("Accept", "text/html")
                .header("X-Forwarded-For", address)
                .GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request.build());
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** True when this cookie's session is signed in: the home page answers instead of sending to the login page. */
    public boolean signedIn(String cookie) {
        var response = get("/", cookie);
        return response.statusCode() == 200;
    }

    private static Optional<String> sessionCookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream()
                .filter(cookie -> cookie.startsWith("JSESSIONID="))
                .map(cookie -> cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';')))
                .findFirst();
    }
}
