package org.communityorganising.pathways.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.communityorganising.pathways.support.IntegrationTest;
import org.communityorganising.pathways.support.WebClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Static assets travel compressed; pages, which carry the CSRF token, do not (BREACH: docs/security.md). */
@IntegrationTest
class CompressionTest {

    @LocalServerPort
    int port;

    private String encodingOf(String path) {
        var client = new WebClient(port);
        var response = client.send(HttpRequest.newBuilder(client.uri(path))
                .header("Accept-Encoding", "gzip")
                .GET()
                .build());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.headers().firstValue("Content-Encoding").orElse("identity");
    }

    @Test
    void theStylesheetIsGzippedAndTheLoginPageIsNot() {
        assertThat(encodingOf("/styles/pathways.css")).isEqualTo("gzip");
        assertThat(encodingOf("/login")).isEqualTo("identity");
    }
}
