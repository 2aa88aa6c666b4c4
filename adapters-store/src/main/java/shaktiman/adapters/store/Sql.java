package shaktiman.adapters.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A connection's parameterised statements, prepared once per SQL text and reused: preparing took about as long as
 * running in a profile of the write path. Booleans are bound as SQLite's 0 and 1. Not thread-safe: it belongs to the
 * single writer thread, or to the reader that borrowed its connection.
 */
final class Sql implements AutoCloseable {
    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();

    Sql(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    int update(String sql, Object... values) throws SQLException {
        PreparedStatement statement = statement(sql, values);
        return statement.executeUpdate();
    }

    /** Runs an INSERT and returns the rowid it assigned. */
    long insert(String sql, Object... values) throws SQLException {
        update(sql, values);
        return query("SELECT last_insert_rowid()", row -> row.getLong(1)).getFirst();
    }

    <T> List<T> query(String sql, Row<T> mapper, Object... values) throws SQLException {
        PreparedStatement statement = statement(sql, values);
        try (ResultSet rows = statement.executeQuery()) {
            List<T> result = new ArrayList<>();
            while (rows.next()) {
                result.add(mapper.map(rows));
            }
            return result;
        }
    }

    /** Takes the rows of a query one at a time. */
    @FunctionalInterface
    interface RowVisitor {
        /** Takes the current row; returns whether to read the next one. */
        boolean visit(ResultSet row) throws SQLException;
    }

    /**
     * Runs a query and hands its rows to {@code visitor} in order until it returns false; the rest are never read. The
     * visitor may run other statements of this {@code Sql} meanwhile, but not this one.
     */
    void scan(String sql, RowVisitor visitor, Object... values) throws SQLException {
        PreparedStatement statement = statement(sql, values);
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next() && visitor.visit(rows)) {
                // the visitor took the row
            }
        }
    }

    /** The number of statements prepared and held. */
    int prepared() {
        return prepared.size();
    }

    /** Runs a statement without parameters, such as {@code SAVEPOINT x}. */
    void execute(String sql) throws SQLException {
        statement(sql).execute();
    }

    /** A nullable integer column as a {@code Long}. */
    static Long nullableLong(ResultSet row, String column) throws SQLException {
        long value = row.getLong(column);
        return row.wasNull() ? null : value;
    }

    /** Closes the prepared statements; the connection stays open (its owner closes it). */
    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        for (PreparedStatement statement : prepared.values()) {
            try {
                statement.close();
            } catch (SQLException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        prepared.clear();
        if (failure != null) {
            throw failure;
        }
    }

    private PreparedStatement statement(String sql, Object... values) throws SQLException {
        PreparedStatement statement = prepared.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            prepared.put(sql, statement);
        }
        statement.clearParameters();
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            statement.setObject(i + 1, value instanceof Boolean flag ? (flag ? 1 : 0) : value);
        }
        return statement;
    }
}
