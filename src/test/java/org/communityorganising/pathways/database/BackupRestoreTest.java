package org.communityorganising.pathways.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Files;
import java.sql.DriverManager;
import javax.sql.DataSource;
import org.communityorganising.pathways.Application;
import org.communityorganising.pathways.support.DemoLogins;
import org.communityorganising.pathways.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * A backup is only as good as its restore: the test database (demo data and all the suite wrote
 * so far) is backed up, restored into a new database, and the app is started on it and signed in
 * to. Every row of every table is checked on the way (counts and checksums, in the restore itself).
 */
@IntegrationTest
class BackupRestoreTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aBackupRestoresIntoAnEmptyDatabaseAndTheAppStartsOnIt() throws Exception {
        var hikari = dataSource.unwrap(HikariDataSource.class);
        var file = Files.createTempFile("pathways-", ".backup");
        String database = "restored_" + System.nanoTime();
        String url = hikari.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + database + "$1");
        try {
            DatabaseBackup.Summary taken;
            try (var connection = dataSource.getConnection();
                    var out = Files.newOutputStream(file)) {
                taken = DatabaseBackup.write(connection, out);
            }
            assertThat(taken.rows()).containsKeys("person", "attendance_mark", "audit_event", "event_publication");
            assertThat(taken.rows().get("person")).isPositive();
            jdbc.sql("create database " + database).update();

            DatabaseBackup.Summary restored;
            try (var connection = DriverManager.getConnection(url, hikari.getUsername(), hikari.getPassword());
                    var in = Files.newInputStream(file)) {
                restored = DatabaseBackup.restore(connection, in);
            }
            assertThat(restored.rows()).as("every row of every table").isEqualTo(taken.rows());

            try (var connection = DriverManager.getConnection(url, hikari.getUsername(), hikari.getPassword());
                    var in = Files.newInputStream(file)) {
                assertThatThrownBy(() -> DatabaseBackup.restore(connection, in))
                        .as("never over a database in use")
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("empty database only");
            }

            try (var app = new SpringApplicationBuilder(Application.class)
                    .profiles("test")
                    .run(
                            "--spring.datasource.url=" + url,
                            "--spring.datasource.username=" + hikari.getUsername(),
                            "--spring.datasource.password=" + hikari.getPassword(),
                            "--spring.liquibase.drop-first=false",
                            "--server.port=0",
                            "--pathways.mail.embedded.enabled=false")) {
                var restoredJdbc = app.getBean(JdbcClient.class);
                assertThat(restoredJdbc
                                .sql("select count(*) from person")
                                .query(Long.class)
                                .single())
                        .isEqualTo(taken.rows().get("person"));
                var signedIn = app.getBean(AuthenticationManager.class)
                        .authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                                DemoLogins.ADMIN, DemoLogins.PASSWORD));
                assertThat(signedIn.isAuthenticated()).isTrue();
                // New rows get ids after the restored ones: the sequences were set past them.
                long next = restoredJdbc
                        .sql(
                                "insert into chapter (name, region, preferred_language) values ('After restore', 'x', 'en') returning id")
                        .query(Long.class)
                        .single();
                assertThat(next)
                        .isGreaterThan(jdbc.sql("select max(id) from chapter")
                                .query(Long.class)
                                .single());
            }
        } finally {
            Files.deleteIfExists(file);
            jdbc.sql("drop database if exists " + database + " with (force)").update();
        }
    }
}
