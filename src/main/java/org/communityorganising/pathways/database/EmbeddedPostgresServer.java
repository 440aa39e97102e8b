package org.communityorganising.pathways.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL 17 server that the app runs itself (zonky's binaries), for the run command and the
 * tests. It keeps its data across restarts, runs with fsync on (zonky turns it off for tests), is
 * stopped when the app stops, refuses a second app on the same folder and cleans up a server left
 * behind by an app that was killed.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

    static final String DATABASE = "pathways";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path dataDirectory;
    private final boolean ephemeral;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(
            Path dataDirectory, boolean ephemeral, FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
        this.dataDirectory = dataDirectory;
        this.ephemeral = ephemeral;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
    }

    static EmbeddedPostgresServer start(EmbeddedPostgresProperties properties) {
        try {
            Path dataDirectory = properties.ephemeral()
                    ? Files.createTempDirectory("pathways-db-")
                    : properties.directory().toAbsolutePath().normalize();
            Files.createDirectories(dataDirectory);
            // Our own lock beside the data folder: held for the app's lifetime, released by the OS
            // even when the JVM is killed, so it tells a running app from a crashed one.
            Path lockFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException heldInThisJvm) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("Another Pathways instance is already using the database folder "
                        + dataDirectory + ". Stop it first, or point this one at another folder with "
                        + "PATHWAYS_DB_DIRECTORY.");
            }
            stopOrphanedServer(dataDirectory);
            log.info("Starting embedded PostgreSQL in {}", dataDirectory);
            var postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(properties.port())
                    // zonky is tuned for throwaway test databases; this one keeps real data.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setRegisterShutdownHook(false) // Spring stops it, after the connection pool
                    .start();
            createDatabaseIfMissing(postgres);
            // For ./pw backup while the app runs: the only way to find this server's port.
            Files.writeString(portFile(dataDirectory), Integer.toString(postgres.getPort()));
            log.info(
                    "Embedded PostgreSQL is listening on localhost:{} (database {}, user postgres)",
                    postgres.getPort(),
                    DATABASE);
            return new EmbeddedPostgresServer(dataDirectory, properties.ephemeral(), channel, lock, postgres);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    /** Where a running server's port is written, beside its data folder. */
    static Path portFile(Path dataDirectory) {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".port");
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", DATABASE);
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
            Files.deleteIfExists(portFile(dataDirectory));
            log.info("Embedded PostgreSQL stopped");
        } finally {
            lock.release();
            lockChannel.close();
            if (ephemeral) {
                deleteRecursively(dataDirectory);
            }
        }
    }

    /**
     * After a {@code kill -9} of the JVM the postmaster lives on and holds the folder. We own the
     * lock, so no app is using it: stop that orphan before starting our own server.
     */
    private static void stopOrphanedServer(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = readPid(pidFile)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info()
                        .command()
                        .map(command -> command.contains("postgres"))
                        .orElse(true));
        if (orphan.isEmpty()) {
            return;
        }
        log.warn(
                "Stopping a PostgreSQL server (pid {}) left running on {} by an earlier run",
                orphan.get().pid(),
                dataDirectory);
        orphan.get().destroy(); // SIGTERM: PostgreSQL's smart shutdown, which has no clients left to wait for
        try {
            orphan.get().onExit().get(ORPHAN_STOP_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(
                    "A PostgreSQL server (pid " + orphan.get().pid() + ") left running on " + dataDirectory
                            + " did not stop; stop it by hand and start again.",
                    e);
        }
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        try (Stream<String> lines = Files.lines(pidFile)) {
            return lines.findFirst()
                    .map(String::strip)
                    .filter(line -> line.matches("\\d+"))
                    .map(Long::valueOf);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws IOException {
        try (var connection = postgres.getPostgresDatabase().getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            try (var result = exists.executeQuery()) {
                if (!result.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database " + DATABASE + " encoding 'UTF8'");
                    }
                }
            }
        } catch (SQLException e) {
            throw new IOException("Could not create the " + DATABASE + " database", e);
        }
    }

    private static void deleteRecursively(@Nullable Path directory) throws IOException {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
        Files.deleteIfExists(directory.resolveSibling(directory.getFileName() + ".lock"));
    }
}
