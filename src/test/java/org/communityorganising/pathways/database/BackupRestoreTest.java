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

    /** The same backup with one chapter's name changed in its rows (its checksum left as it was). */
    private static byte[] altered(byte[] backup) throws java.io.IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(backup));
                var zip = new java.util.zip.ZipOutputStream(out)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("tables/chapter.copy")) {
                    content = new String(content, java.nio.charset.StandardCharsets.UTF_8)
                            .replace("TELCO", "TELC0")
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                }
                zip.putNextEntry(new java.util.zip.ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

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

            // A backup altered after it was taken is refused, and leaves the database empty for the next try.
            var tampered = Files.createTempFile("pathways-tampered-", ".backup");
            try {
                Files.write(tampered, altered(Files.readAllBytes(file)));
                try (var connection = DriverManager.getConnection(url, hikari.getUsername(), hikari.getPassword());
                        var in = Files.newInputStream(tampered)) {
                    assertThatThrownBy(() -> DatabaseBackup.restore(connection, in))
                            .isInstanceOf(IllegalStateException.class)
                            .hasMessageContaining("chapter does not match the backup");
                    try (var tables = connection
                            .createStatement()
                            .executeQuery("select count(*) as n from pg_tables where schemaname = 'public'")) {
                        tables.next();
                        assertThat(tables.getLong("n"))
                                .as("nothing left half done")
                                .isZero();
                    }
                }
            } finally {
                Files.deleteIfExists(tampered);
            }

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

            // A second app in this JVM installs its own security-context strategy globally: the suite's is put back.
            var strategy = org.springframework.security.core.context.SecurityContextHolder.getContextHolderStrategy();
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
            } finally {
                org.springframework.security.core.context.SecurityContextHolder.setContextHolderStrategy(strategy);
            }
        } finally {
            Files.deleteIfExists(file);
            jdbc.sql("drop database if exists " + database + " with (force)").update();
        }
    }
}
