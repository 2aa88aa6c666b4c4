package shaktiman.adapters.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import shaktiman.core.port.IndexStoreException;
import shaktiman.core.port.IndexStoreException.Kind;

/**
 * The schema migration runner (IX-36): numbered SQL resources of this module, applied in order, each in its own
 * transaction, and recorded with the SHA-256 of their text in {@code schema_migrations}.
 */
final class Migrations {
    /** A shipped migration: its text is a resource beside this class, under {@code migrations/}. */
    record Migration(int version, String name, String sql, String checksum) {}

    /** The shipped migrations, in version order; a new one is appended here with its resource. */
    private static final List<String> RESOURCES = List.of("V001__schema.sql", "V002__chunk_parent_index.sql");

    static final String CREATE_TABLE = "CREATE TABLE IF NOT EXISTS schema_migrations ("
            + "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL, checksum TEXT NOT NULL)";

    private final List<Migration> shipped;

    private Migrations(List<Migration> shipped) {
        this.shipped = List.copyOf(shipped);
    }

    static Migrations shipped() {
        List<Migration> migrations = new ArrayList<>();
        for (String resource : RESOURCES) {
            migrations.add(load(resource));
        }
        return new Migrations(migrations);
    }

    int latestVersion() {
        return shipped.getLast().version();
    }

    List<Migration> all() {
        return shipped;
    }

    /**
     * Brings the writer's database up to the latest version; returns that version. Stops with SCHEMA_TOO_NEW when a
     * recorded migration is unknown or its checksum differs from the shipped one (MI-7 step 9).
     */
    int migrate(Connection writer, Path dbFile) throws SQLException {
        try (Statement statement = writer.createStatement()) {
            statement.executeUpdate(CREATE_TABLE);
        }
        int current = verify(applied(writer), dbFile);
        for (Migration migration : shipped) {
            if (migration.version() > current) {
                apply(writer, migration);
                current = migration.version();
            }
        }
        return current;
    }

    /**
     * Checks a database a read command opened, without changing it (MI-42); returns its version. No
     * {@code schema_migrations} table means this is no Shaktiman index: CORRUPT.
     */
    int check(Connection reader, Path dbFile) throws SQLException {
        if (!SchemaQueries.hasTable(reader, "schema_migrations")) {
            throw SqliteErrors.corrupt("read", dbFile, "it has no schema_migrations table", null);
        }
        int current = verify(applied(reader), dbFile);
        if (current < latestVersion()) {
            throw new IndexStoreException(
                    Kind.SCHEMA_TOO_OLD,
                    "index at " + dbFile + " has schema version " + current + ", older than this build's "
                            + latestVersion() + "; start shaktimand there or run `shaktiman index` to upgrade it");
        }
        return current;
    }

    private int verify(Map<Integer, String> applied, Path dbFile) {
        int current = 0;
        for (Map.Entry<Integer, String> row : applied.entrySet()) {
            int version = row.getKey();
            Migration known = shipped.stream()
                    .filter(m -> m.version() == version)
                    .findFirst()
                    .orElse(null);
            if (known == null) {
                throw new IndexStoreException(
                        Kind.SCHEMA_TOO_NEW,
                        "index at " + dbFile + " has schema version " + version + ", which this build does not know"
                                + " (it knows up to " + latestVersion() + "); upgrade shaktiman");
            }
            if (!known.checksum().equals(row.getValue())) {
                throw new IndexStoreException(
                        Kind.SCHEMA_TOO_NEW,
                        "index at " + dbFile + " records schema version " + version + " (" + known.name()
                                + ") with checksum " + row.getValue() + ", but this build ships checksum "
                                + known.checksum() + "; it was written by a different build: upgrade shaktiman,"
                                + " or rebuild it with `shaktiman reindex --force`");
            }
            current = Math.max(current, version);
        }
        return current;
    }

    private static Map<Integer, String> applied(Connection connection) throws SQLException {
        Map<Integer, String> applied = new TreeMap<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version, checksum FROM schema_migrations")) {
            while (rows.next()) {
                applied.put(rows.getInt(1), rows.getString(2));
            }
        }
        return applied;
    }

    private static void apply(Connection writer, Migration migration) throws SQLException {
        // With IMMEDIATE transactions, leaving auto-commit begins the write transaction at once.
        writer.setAutoCommit(false);
        try {
            try (Statement statement = writer.createStatement()) {
                // sqlite-jdbc runs a multi-statement script through sqlite3_exec in executeUpdate.
                statement.executeUpdate(migration.sql());
            }
            try (PreparedStatement insert = writer.prepareStatement(
                    "INSERT INTO schema_migrations (version, name, applied_at, checksum) VALUES (?, ?, ?, ?)")) {
                insert.setInt(1, migration.version());
                insert.setString(2, migration.name());
                insert.setString(3, Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
                insert.setString(4, migration.checksum());
                insert.executeUpdate();
            }
            writer.commit();
        } catch (SQLException e) {
            try {
                writer.rollback();
            } catch (SQLException rollbackFailure) {
                e.addSuppressed(rollbackFailure);
            }
            throw e;
        } finally {
            writer.setAutoCommit(true);
        }
    }

    private static Migration load(String resource) {
        // "V001__schema.sql" -> version 1, name "schema"
        int separator = resource.indexOf("__");
        int version = Integer.parseInt(resource.substring(1, separator));
        String name = resource.substring(separator + 2, resource.length() - ".sql".length());
        String path = "migrations/" + resource;
        try (InputStream in = Migrations.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new AssertionError("shipped migration resource missing from the module: " + path);
            }
            byte[] bytes = in.readAllBytes();
            return new Migration(version, name, new String(bytes, StandardCharsets.UTF_8), sha256(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read shipped migration " + path, e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every JDK provides SHA-256", e);
        }
    }
}
