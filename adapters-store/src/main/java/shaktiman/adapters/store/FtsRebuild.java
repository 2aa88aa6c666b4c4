package shaktiman.adapters.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import shaktiman.core.text.IdentifierAnalyzer;

/** Re-analyses every chunk into the full-text table, inside the caller's transaction (IX-38 startup check). */
final class FtsRebuild {
    private FtsRebuild() {}

    /** Empties {@code chunks_fts} and writes one row per chunk; returns the number of chunks. */
    static long run(Sql sql, IdentifierAnalyzer analyzer) throws SQLException {
        sql.execute("INSERT INTO chunks_fts (chunks_fts) VALUES ('delete-all')");
        long count = 0;
        try (Statement chunks = sql.connection().createStatement();
                PreparedStatement attached = sql.connection()
                        .prepareStatement(
                                "SELECT name, qualified_name FROM symbols WHERE chunk_id = ? ORDER BY start_line, id");
                ResultSet rows = chunks.executeQuery("SELECT c.id, c.symbol_name, c.qualified_name, c.content, f.path"
                        + " FROM chunks c JOIN files f ON f.id = c.file_id ORDER BY c.id")) {
            while (rows.next()) {
                long id = rows.getLong(1);
                List<String> names = new ArrayList<>();
                names.add(rows.getString(2));
                names.add(rows.getString(3));
                attached.setLong(1, id);
                try (ResultSet symbols = attached.executeQuery()) {
                    while (symbols.next()) {
                        names.add(symbols.getString(1) + '\n' + symbols.getString(2));
                    }
                }
                FtsRows.insert(sql, analyzer, id, names, rows.getString(5), rows.getString(4));
                count++;
            }
        }
        return count;
    }
}
