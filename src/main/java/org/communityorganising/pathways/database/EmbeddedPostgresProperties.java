package org.communityorganising.pathways.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The app's own PostgreSQL, used when no {@code spring.datasource.url} is set.
 *
 * @param directory where the data is kept across restarts (the run command's default: ./data/postgres)
 * @param ephemeral start from an empty temporary folder and delete it on shutdown (tests)
 * @param port the TCP port on localhost; 0 picks a free one
 */
@ConfigurationProperties("pathways.db")
public record EmbeddedPostgresProperties(Path directory, boolean ephemeral, int port) {

    public EmbeddedPostgresProperties {
        if (directory == null) {
            directory = Path.of("data", "postgres");
        }
    }
}
