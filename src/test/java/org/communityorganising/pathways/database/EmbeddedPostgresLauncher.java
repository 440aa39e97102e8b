package org.communityorganising.pathways.database;

import java.nio.file.Path;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Run in a child JVM by {@link EmbeddedPostgresServerTest}: starts a server, writes a row, waits to be killed. */
final class EmbeddedPostgresLauncher {

    private EmbeddedPostgresLauncher() {}

    /** args: the data folder, and a file to create once the row is written. */
    public static void main(String[] args) throws Exception {
        var server = EmbeddedPostgresServer.start(new EmbeddedPostgresProperties(Path.of(args[0]), false, 0));
        var jdbc = JdbcClient.create(new DriverManagerDataSource(server.jdbcUrl(), "postgres", ""));
        jdbc.sql("create table note (text varchar(40))").update();
        jdbc.sql("insert into note values ('from the killed app')").update();
        java.nio.file.Files.createFile(Path.of(args[1]));
        Thread.sleep(Long.MAX_VALUE);
    }
}
