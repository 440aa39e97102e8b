package org.communityorganising.pathways.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;

/**
 * {@code ./pw backup FILE} and {@code ./pw restore FILE} (docs/operating.md). Against the database
 * in {@code SPRING_DATASOURCE_URL} when it is set; else the embedded one in
 * {@code PATHWAYS_DB_DIRECTORY} (default data/postgres): a backup reaches the running app's server,
 * or starts the server itself when the app is stopped; a restore goes into an empty data folder only.
 */
public final class BackupCommand {

    private BackupCommand() {}

    public static void main(String[] args) throws Exception {
        quietLogs();
        if (args.length != 2 || !(args[0].equals("backup") || args[0].equals("restore"))) {
            System.err.println("Usage: ./pw backup FILE | ./pw restore FILE");
            System.exit(2);
        }
        Path file = Path.of(args[1]).toAbsolutePath();
        boolean backup = args[0].equals("backup");
        if (backup && Files.exists(file)) {
            fail(file + " exists already: choose a new file name, so that no backup is overwritten.");
        }
        if (!backup && !Files.isReadable(file)) {
            fail("Cannot read " + file + ".");
        }
        String url = System.getenv("SPRING_DATASOURCE_URL");
        if (url != null && !url.isBlank()) {
            System.out.println("Database: " + url.replaceAll("password=[^&]*", "password=…"));
            try (var connection = DriverManager.getConnection(
                    url, System.getenv("SPRING_DATASOURCE_USERNAME"), System.getenv("SPRING_DATASOURCE_PASSWORD"))) {
                run(backup, connection, file);
            }
            return;
        }
        Path directory = Path.of(Objects.requireNonNullElse(System.getenv("PATHWAYS_DB_DIRECTORY"), "data/postgres"))
                .toAbsolutePath()
                .normalize();
        if (!backup && Files.isDirectory(directory)) {
            try (var entries = Files.list(directory)) {
                if (entries.findAny().isPresent()) {
                    fail("A restore goes into an empty data folder: " + directory
                            + " is not empty. Stop Pathways and move that folder aside first.");
                }
            }
        }
        if (backup && !Files.isDirectory(directory.resolve("base"))) {
            // Never a fresh empty server mistaken for the app's database (a cron job without its settings).
            fail("There is no Pathways database in " + directory + ". Set PATHWAYS_DB_DIRECTORY to the app's "
                    + "data folder, or SPRING_DATASOURCE_URL to its database.");
        }
        System.out.println("Database: the embedded one in " + directory);
        Path portFile = EmbeddedPostgresServer.portFile(directory);
        if (backup && Files.exists(portFile) && isRunning(directory)) {
            // The app is running: back up through its server, on the port it wrote down.
            String port = Files.readString(portFile).strip();
            try (var connection = DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + port + "/" + EmbeddedPostgresServer.DATABASE, "postgres", "")) {
                run(true, connection, file);
            }
            return;
        }
        try (var server = EmbeddedPostgresServer.start(new EmbeddedPostgresProperties(directory, false, 0));
                var connection = DriverManager.getConnection(server.jdbcUrl())) {
            run(backup, connection, file);
        }
    }

    /** Without Spring Boot's logging set-up, Logback would print every debug line of the driver and zonky. */
    private static void quietLogs() {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logs) {
            logs.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
            logs.getLogger(EmbeddedPostgresServer.class).setLevel(ch.qos.logback.classic.Level.INFO);
        }
        java.util.logging.Logger.getLogger("liquibase").setLevel(java.util.logging.Level.WARNING);
    }

    private static boolean isRunning(Path directory) {
        try (var channel = java.nio.channels.FileChannel.open(
                directory.resolveSibling(directory.getFileName() + ".lock"), java.nio.file.StandardOpenOption.WRITE)) {
            var lock = channel.tryLock();
            if (lock != null) {
                lock.release();
                return false;
            }
            return true;
        } catch (IOException | java.nio.channels.OverlappingFileLockException e) {
            return true;
        }
    }

    private static void run(boolean backup, Connection connection, Path file) throws SQLException, IOException {
        if (backup) {
            Path partial = file.resolveSibling(file.getFileName() + ".partial");
            Files.deleteIfExists(partial); // left by a run that was killed
            DatabaseBackup.Summary summary;
            // A backup holds everyone's personal data and password hashes: readable by its owner alone.
            Files.createFile(
                    partial,
                    java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                            java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
            try {
                try (var out = Files.newOutputStream(partial)) {
                    summary = DatabaseBackup.write(connection, out);
                }
                try (var channel =
                        java.nio.channels.FileChannel.open(partial, java.nio.file.StandardOpenOption.WRITE)) {
                    channel.force(true); // on the disk before it is called a backup
                }
            } catch (SQLException | IOException | RuntimeException failed) {
                Files.deleteIfExists(partial);
                throw failed;
            }
            Files.move(partial, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            System.out.println(
                    "Backed up " + total(summary) + " rows of " + summary.rows().size() + " tables to " + file);
        } else {
            DatabaseBackup.Summary summary;
            try (var in = Files.newInputStream(file)) {
                summary = DatabaseBackup.restore(connection, in);
            }
            System.out.println(
                    "Restored " + total(summary) + " rows of " + summary.rows().size() + " tables, as they were at "
                            + summary.takenAt() + "; every table checked.");
        }
    }

    private static long total(DatabaseBackup.Summary summary) {
        return summary.rows().values().stream().mapToLong(Long::longValue).sum();
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(1);
    }
}
