package org.communityorganising.pathways.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The run command's own database: data survives a restart, one app per folder, no orphans. */
class EmbeddedPostgresServerTest {

    @TempDir
    Path folder;

    private EmbeddedPostgresProperties properties() {
        return new EmbeddedPostgresProperties(folder.resolve("postgres"), false, 0);
    }

    private static JdbcClient jdbc(EmbeddedPostgresServer server) {
        return JdbcClient.create(new DriverManagerDataSource(server.jdbcUrl(), "postgres", ""));
    }

    @Test
    void dataSurvivesARestart() throws Exception {
        try (var server = EmbeddedPostgresServer.start(properties())) {
            jdbc(server).sql("create table note (text varchar(20))").update();
            jdbc(server).sql("insert into note values ('kept')").update();
        }
        try (var server = EmbeddedPostgresServer.start(properties())) {
            assertThat(jdbc(server)
                            .sql("select text from note")
                            .query(String.class)
                            .single())
                    .isEqualTo("kept");
        }
    }

    @Test
    void aSecondAppOnTheSameFolderIsRefusedWithAClearMessage() throws Exception {
        try (var first = EmbeddedPostgresServer.start(properties())) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(properties()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Another Pathways instance is already using the database folder");
            assertThat(jdbc(first).sql("select 1").query(Integer.class).single())
                    .as("the first keeps running")
                    .isEqualTo(1);
        }
    }

    @Test
    void aServerLeftRunningByAKilledAppIsStoppedAndTheDataKept() throws Exception {
        // Another JVM starts the server and is then killed with SIGKILL, leaving the postmaster behind.
        Path data = folder.resolve("postgres");
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path ready = folder.resolve("ready");
        var child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        EmbeddedPostgresLauncher.class.getName(),
                        data.toString(),
                        ready.toString())
                .redirectErrorStream(true)
                .redirectOutput(folder.resolve("child.log").toFile())
                .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (!Files.exists(ready) && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(ready)
                .as("the child started its server; its log: %s", folder.resolve("child.log"))
                .exists();
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        long orphanPid = Long.parseLong(
                Files.readAllLines(data.resolve("postmaster.pid")).getFirst().strip());
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive))
                .as("postmaster outlived its JVM")
                .hasValue(true);

        try (var server = EmbeddedPostgresServer.start(properties())) {
            assertThat(jdbc(server)
                            .sql("select text from note")
                            .query(String.class)
                            .single())
                    .isEqualTo("from the killed app");
        }
        assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();
    }
}
