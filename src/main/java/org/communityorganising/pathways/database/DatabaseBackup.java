package org.communityorganising.pathways.database;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.postgresql.PGConnection;

/**
 * A consistent logical backup of Pathways' database, and its restore, through the PostgreSQL JDBC
 * driver alone (decision 0013): every table's rows as {@code COPY} text, read in one
 * repeatable-read snapshot, with each table's row count and checksum. Restoring creates the
 * schema with the app's own Liquibase changelog (the same changesets the backup's database had,
 * else it refuses), loads every table in foreign-key order in one transaction, sets the identity
 * sequences past the highest id, and checks every count and checksum before it commits.
 */
public final class DatabaseBackup {

    static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";
    private static final int FORMAT = 1;
    private static final Set<String> LIQUIBASE_TABLES = Set.of("databasechangelog", "databasechangeloglock");

    private DatabaseBackup() {}

    /** What a backup holds, as its manifest says. */
    public record Summary(Instant takenAt, Map<String, Long> rows) {}

    // ---- backup ----

    public static Summary write(Connection connection, OutputStream out) throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        connection.setReadOnly(true);
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            stableText(connection);
            if (!tablesOf(connection).contains("databasechangelog")) {
                throw new IllegalStateException(
                        "This database has no Pathways schema yet: there is nothing to back up.");
            }
            var tables = loadOrder(connection);
            var manifest = new Properties();
            Instant now = Instant.now();
            manifest.setProperty("format", Integer.toString(FORMAT));
            manifest.setProperty("taken-at", now.toString());
            manifest.setProperty("tables", String.join(",", tables));
            manifest.setProperty("changesets", String.join("\n", changesets(connection)));
            manifest.setProperty("contexts", String.join(",", contexts(connection)));
            Map<String, Long> rows = new HashMap<>();
            for (String table : tables) {
                var columns = columnsOf(connection, table);
                manifest.setProperty("columns." + table, String.join(",", columns));
                var check = checksum(connection, table, columns);
                rows.put(table, check.rows());
                manifest.setProperty("rows." + table, Long.toString(check.rows()));
                manifest.setProperty("md5." + table, check.md5());
            }
            zip.putNextEntry(new ZipEntry("manifest.properties"));
            manifest.store(zip, "Pathways backup");
            zip.closeEntry();
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            for (String table : tables) {
                zip.putNextEntry(new ZipEntry("tables/" + table + ".copy"));
                copy.copyOut(
                        "copy public." + quoted(table) + " (" + columnList(manifest, table) + ") to stdout",
                        new NotClosing(zip));
                zip.closeEntry();
            }
            connection.commit();
            return new Summary(now, rows);
        } finally {
            connection.rollback();
            connection.setReadOnly(false);
            connection.setAutoCommit(autoCommit);
        }
    }

    // ---- restore ----

    /**
     * Restores into a database with no tables yet: creates the schema (the backup's changesets,
     * exactly), loads every row and checks every table before committing. Nothing is left half done.
     */
    public static Summary restore(Connection connection, InputStream in) throws SQLException, IOException {
        try (var zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            var first = zip.getNextEntry();
            if (first == null || !first.getName().equals("manifest.properties")) {
                throw new IllegalArgumentException("This is not a Pathways backup (no manifest first).");
            }
            var manifest = new Properties();
            manifest.load(new NotClosingInput(zip));
            if (!Integer.toString(FORMAT).equals(manifest.getProperty("format"))) {
                throw new IllegalArgumentException("This backup is in format " + manifest.getProperty("format")
                        + "; this version of Pathways reads format " + FORMAT + ".");
            }
            if (!tablesOf(connection).isEmpty()) {
                throw new IllegalStateException(
                        "The database already has tables: a backup is restored into an empty database only.");
            }
            var expected = List.of(manifest.getProperty("changesets", "").split("\n"));
            var migration = migration(connection);
            var contexts = contexts(manifest.getProperty("contexts", ""));
            var planned = planned(migration, contexts);
            if (!new TreeSet<>(expected).equals(new TreeSet<>(planned))) {
                // Refused before any table exists: the database stays as empty as it was.
                throw new IllegalStateException("This backup was taken by another version of Pathways ("
                        + expected.size() + " changesets, this one has " + planned.size()
                        + "): restore it with the version that took it, then upgrade.");
            }
            try {
                createSchema(migration, contexts);
                return load(connection, zip, manifest);
            } catch (SQLException | IOException | RuntimeException failed) {
                emptyAgain(connection);
                throw failed;
            }
        }
    }

    private static Summary load(Connection connection, ZipInputStream zip, Properties manifest)
            throws SQLException, IOException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            stableText(connection);
            List<String> tables = List.of(manifest.getProperty("tables").split(","));
            try (var statement = connection.createStatement()) {
                // Liquibase's own reference and demo rows make way for the backup's.
                statement.execute("truncate "
                        + String.join(
                                ", ",
                                tables.stream().map(DatabaseBackup::quoted).toList()) + " restart identity cascade");
            }
            var copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Set<String> loaded = new HashSet<>();
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                if (!name.startsWith("tables/") || !name.endsWith(".copy")) {
                    throw new IllegalArgumentException("Unexpected part in the backup: " + name);
                }
                String table = name.substring("tables/".length(), name.length() - ".copy".length());
                if (!tables.contains(table)) {
                    throw new IllegalArgumentException("Unexpected part in the backup: " + name);
                }
                // Columns by name: a database whose columns lie in another order still loads right.
                copy.copyIn(
                        "copy public." + quoted(table) + " (" + columnList(manifest, table) + ") from stdin",
                        new NotClosingInput(zip));
                loaded.add(table);
            }
            Map<String, Long> rows = new HashMap<>();
            for (String table : tables) {
                var check = checksum(
                        connection,
                        table,
                        List.of(manifest.getProperty("columns." + table).split(",")));
                if (check.rows() != Long.parseLong(manifest.getProperty("rows." + table))
                        || !check.md5().equals(manifest.getProperty("md5." + table))
                        || !loaded.contains(table)) {
                    throw new IllegalStateException("Table " + table + " does not match the backup after loading ("
                            + check.rows() + " rows, " + manifest.getProperty("rows." + table) + " expected).");
                }
                rows.put(table, check.rows());
            }
            resetIdentities(connection);
            // Jobs a node held when the backup was taken are free again at once, not after db-scheduler's timeout.
            try (var statement = connection.createStatement()) {
                statement.execute("update scheduled_tasks set picked = false, picked_by = null, last_heartbeat = null");
            }
            connection.commit();
            return new Summary(Instant.parse(manifest.getProperty("taken-at")), rows);
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** "production" is always named: an empty list would make Liquibase run every context, demo included. */
    private static Contexts contexts(String recorded) {
        Set<String> names = new LinkedHashSet<>(List.of("production"));
        for (String context : recorded.split(",")) {
            if (!context.isBlank()) {
                names.add(context.strip());
            }
        }
        return new Contexts(String.join(",", names));
    }

    @SuppressWarnings("deprecation") // the command API needs a Spring-less scope set-up; this is its equivalent
    private static Liquibase migration(Connection connection) throws SQLException {
        try {
            var database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            return new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database);
        } catch (liquibase.exception.LiquibaseException e) {
            throw new SQLException("Could not read the changelog: " + e.getMessage(), e);
        }
    }

    /** The changesets the changelog would apply to this empty database, as id::author. */
    @SuppressWarnings("deprecation")
    private static List<String> planned(Liquibase migration, Contexts contexts) throws SQLException {
        try {
            return migration.listUnrunChangeSets(contexts, new LabelExpression()).stream()
                    .map(changeSet -> changeSet.getId() + "::" + changeSet.getAuthor())
                    .toList();
        } catch (liquibase.exception.LiquibaseException e) {
            throw new SQLException("Could not read the changelog: " + e.getMessage(), e);
        }
    }

    private static void createSchema(Liquibase migration, Contexts contexts) throws SQLException {
        try {
            // Its progress goes to its logger, not to the terminal of the person restoring.
            Scope.child(
                    Map.of(Scope.Attr.ui.name(), new LoggerUIService()),
                    () -> migration.update(contexts, new LabelExpression()));
        } catch (Exception e) {
            throw new SQLException("Could not create the schema: " + e.getMessage(), e);
        }
    }

    /** After a failed restore, the database is left empty again, so that the next attempt may start. */
    private static void emptyAgain(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
            try (var statement = connection.createStatement()) {
                statement.execute("drop schema public cascade");
                statement.execute("create schema public");
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "The restore failed and the database could not be emptied again: drop it and create it anew.", e);
        }
    }

    // ---- the tables and their checks ----

    private record Check(long rows, String md5) {}

    /** Timestamps and dates written and compared the same whatever the machine's zone. */
    private static void stableText(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("set local timezone = 'UTC'");
            statement.execute("set local datestyle = 'ISO, YMD'");
            statement.execute("set local intervalstyle = 'postgres'");
            statement.execute("set local bytea_output = 'hex'");
            statement.execute("set local extra_float_digits = 3");
        }
    }

    private static Check checksum(Connection connection, String table, List<String> columns) throws SQLException {
        String row = "md5(row("
                + String.join(", ", columns.stream().map(DatabaseBackup::quoted).toList()) + ")::text)";
        try (var statement = connection.createStatement();
                var result = statement.executeQuery("select count(*) as row_count, coalesce(md5(string_agg(" + row
                        + ", '' order by " + row + " collate \"C\")), '') as checksum from public." + quoted(table))) {
            result.next();
            return new Check(result.getLong("row_count"), result.getString("checksum"));
        }
    }

    /** A table's columns in their order, without generated ones (they are computed again). */
    private static List<String> columnsOf(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (var statement = connection.prepareStatement("""
                select a.attname as name from pg_attribute a join pg_class c on c.oid = a.attrelid
                join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relname = ? and a.attnum > 0 and not a.attisdropped
                  and a.attgenerated = '' order by a.attnum""")) {
            statement.setString(1, table);
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    columns.add(result.getString("name"));
                }
            }
        }
        return columns;
    }

    private static String columnList(Properties manifest, String table) {
        return String.join(
                ", ",
                java.util.Arrays.stream(manifest.getProperty("columns." + table).split(","))
                        .map(DatabaseBackup::quoted)
                        .toList());
    }

    private static Set<String> tablesOf(Connection connection) throws SQLException {
        Set<String> tables = new TreeSet<>();
        try (var statement = connection.createStatement();
                var result = statement.executeQuery("select tablename from pg_tables where schemaname = 'public'")) {
            while (result.next()) {
                tables.add(result.getString("tablename"));
            }
        }
        return tables;
    }

    /** Every table but Liquibase's, parents before the tables that refer to them. */
    static List<String> loadOrder(Connection connection) throws SQLException {
        Set<String> tables = tablesOf(connection);
        tables.removeAll(LIQUIBASE_TABLES);
        Map<String, Set<String>> parents = new HashMap<>();
        tables.forEach(table -> parents.put(table, new HashSet<>()));
        try (var statement = connection.createStatement();
                var result = statement.executeQuery("""
                        select c.relname as child, p.relname as parent from pg_constraint f
                        join pg_class c on c.oid = f.conrelid join pg_class p on p.oid = f.confrelid
                        join pg_namespace n on n.oid = c.relnamespace
                        where f.contype = 'f' and n.nspname = 'public'""")) {
            while (result.next()) {
                String child = result.getString("child");
                String parent = result.getString("parent");
                if (!child.equals(parent) && parents.containsKey(child)) {
                    parents.get(child).add(parent);
                }
            }
        }
        List<String> order = new ArrayList<>();
        var ready = new ArrayDeque<String>();
        Map<String, Set<String>> waiting = new HashMap<>();
        parents.forEach((table, of) -> waiting.put(table, new HashSet<>(of)));
        for (String table : new TreeSet<>(tables)) {
            if (java.util.Objects.requireNonNull(waiting.get(table)).isEmpty()) {
                ready.add(table);
            }
        }
        while (!ready.isEmpty()) {
            String table = ready.poll();
            order.add(table);
            for (var other : new TreeSet<>(waiting.keySet())) {
                var of = java.util.Objects.requireNonNull(waiting.get(other));
                if (of.remove(table) && of.isEmpty() && !order.contains(other)) {
                    ready.add(other);
                }
            }
        }
        if (order.size() != tables.size()) {
            throw new IllegalStateException("Tables refer to each other in a circle; they cannot be loaded in order.");
        }
        return order;
    }

    private static List<String> changesets(Connection connection) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (var statement = connection.createStatement();
                var result = statement.executeQuery(
                        "select id || '::' || author as changeset from databasechangelog order by orderexecuted")) {
            while (result.next()) {
                ids.add(result.getString("changeset"));
            }
        }
        return ids;
    }

    private static Set<String> contexts(Connection connection) throws SQLException {
        Set<String> contexts = new TreeSet<>();
        try (var statement = connection.createStatement();
                var result = statement.executeQuery(
                        "select distinct contexts from databasechangelog where coalesce(contexts, '') <> ''")) {
            while (result.next()) {
                for (String context : result.getString("contexts").split("[,\\s]+")) {
                    if (!context.isBlank() && context.matches("[A-Za-z0-9_-]+")) {
                        contexts.add(context);
                    }
                }
            }
        }
        return contexts;
    }

    private static void resetIdentities(Connection connection) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (var statement = connection.createStatement();
                var result = statement.executeQuery("""
                        select table_name, column_name from information_schema.columns
                        where table_schema = 'public' and (is_identity = 'YES' or column_default like 'nextval(%')""")) {
            while (result.next()) {
                columns.add(new String[] {result.getString("table_name"), result.getString("column_name")});
            }
        }
        for (String[] column : columns) {
            try (var statement =
                    connection.prepareStatement("select setval(pg_get_serial_sequence(?, ?), " + "coalesce((select max("
                            + quoted(column[1]) + ") from public." + quoted(column[0]) + "), 0) + 1, false)")) {
                statement.setString(1, "public." + quoted(column[0]));
                statement.setString(2, column[1]);
                statement.execute();
            }
        }
    }

    private static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /** Lets COPY write into one zip entry without closing the zip. */
    private static final class NotClosing extends FilterOutputStream {
        NotClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** Lets COPY read one zip entry without closing the zip. */
    private static final class NotClosingInput extends java.io.FilterInputStream {
        NotClosingInput(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the zip stays open for its next entry
        }
    }
}
