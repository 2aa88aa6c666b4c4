package shaktiman.testkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Consistency checks of an index database file with plain JDBC, for crash tests (T-72): SQLite's {@code PRAGMA
 * integrity_check} and FTS5's {@code integrity-check} of {@code chunks_fts}. Opening the file read-write replays a
 * crashed writer's WAL, as the next writer's open would.
 */
public final class DatabaseChecks {
    private DatabaseChecks() {}

    /**
     * The problems both checks report, empty when {@code integrity_check} says {@code ok} and the FTS check passes.
     *
     * @throws AssertionError if the file is missing or cannot be opened
     */
    public static List<String> integrityProblems(Path indexDb) {
        List<String> problems = new ArrayList<>();
        try (Connection connection = open(indexDb);
                Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
                while (rows.next()) {
                    if (!rows.getString(1).equals("ok")) {
                        problems.add("integrity_check: " + rows.getString(1));
                    }
                }
            }
            try {
                // FTS5 reports a damaged or inconsistent index as an error of this special insert.
                statement.execute("INSERT INTO chunks_fts(chunks_fts) VALUES ('integrity-check')");
            } catch (SQLException e) {
                problems.add("fts integrity-check: " + e.getMessage());
            }
        } catch (SQLException e) {
            throw new AssertionError("cannot check the index " + indexDb + ": " + e.getMessage(), e);
        }
        return problems;
    }

    /** The single number {@code sql} returns on {@code indexDb}. */
    public static long count(Path indexDb, String sql) {
        try (Connection connection = open(indexDb);
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError("cannot run " + sql + " on " + indexDb + ": " + e.getMessage(), e);
        }
    }

    private static Connection open(Path indexDb) throws SQLException {
        if (!Files.isRegularFile(indexDb)) {
            throw new AssertionError("no index database at " + indexDb);
        }
        Connection connection = DriverManager.getConnection("jdbc:sqlite:" + indexDb);
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout=5000");
        }
        return connection;
    }
}
