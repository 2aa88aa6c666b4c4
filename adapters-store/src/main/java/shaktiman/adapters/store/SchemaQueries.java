package shaktiman.adapters.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Small questions about a database's catalogue, asked before deciding how to open it. */
final class SchemaQueries {
    private SchemaQueries() {}

    static boolean hasTable(Connection connection, String table) throws SQLException {
        try (PreparedStatement query =
                connection.prepareStatement("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?")) {
            query.setString(1, table);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Reading the catalogue is also the cheapest check that the file is an SQLite database at all. */
    static int tableCount(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT count(*) FROM sqlite_schema WHERE type = 'table'")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
