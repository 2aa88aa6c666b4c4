package shaktiman.adapters.store;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.sqlite.SQLiteConfig;

/**
 * Whether this platform's SQLite computes the BM25 of an OR query as the plain sum, in query order, of its terms'
 * scores ({@link SummedScores}). FTS5's C code does, but a compiler may fuse a multiply and an add (FMA) and round the
 * sum differently; so once per JVM a seeded table in memory, built like {@code chunks_fts}, is ranked both ways and
 * compared bit for bit, and the cached ranking is used only when every score agrees.
 */
final class Bm25Sums {
    private static final System.Logger LOG = System.getLogger(Bm25Sums.class.getName());
    private static final String[] WORDS = {"alpha", "beta", "gamma", "delta", "omega"};
    private static final int ROWS = 400;

    private Bm25Sums() {}

    private static final class Holder {
        static final boolean ADDITIVE = check();
    }

    /** Whether {@link SummedScores} reproduces FTS5's BM25 exactly here. */
    static boolean additive() {
        return Holder.ADDITIVE;
    }

    private static boolean check() {
        try (Connection connection = new SQLiteConfig().createConnection("jdbc:sqlite::memory:")) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(
                        "CREATE VIRTUAL TABLE chunks_fts USING fts5 (symbol, path, content, doc, content = '',"
                                + " contentless_delete = 1, tokenize = 'ascii')");
            }
            SplittableRandom random = new SplittableRandom(41);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO chunks_fts (rowid, symbol, path, content, doc) VALUES (?, ?, ?, ?, ?)")) {
                for (int row = 1; row <= ROWS; row++) {
                    insert.setLong(1, row);
                    for (int column = 2; column <= 5; column++) {
                        insert.setString(column, text(random));
                    }
                    insert.executeUpdate();
                }
            }
            List<TermScores> terms = new ArrayList<>();
            for (String word : WORDS) {
                terms.add(scores(connection, FullTextQueries.phrase(word)));
            }
            SummedScores summed = SummedScores.of(terms);
            TermScores together = scores(connection, FullTextQueries.matchAny(List.of(WORDS)));
            Map<Long, Double> expected = new HashMap<>();
            for (int i = 0; i < together.size(); i++) {
                expected.put(together.chunkIds()[i], together.scores()[i]);
            }
            boolean same = summed.size() == together.size();
            for (int i = 0; same && i < summed.size(); i++) {
                Double score = expected.get(summed.chunkId(i));
                same = score != null
                        && Double.doubleToRawLongBits(score) == Double.doubleToRawLongBits(summed.score(i));
            }
            if (!same) {
                LOG.log(
                        Level.INFO,
                        "this SQLite does not sum BM25 over the terms of a query exactly; full-text queries are"
                                + " ranked by FTS5 alone, without the per-term cache");
            }
            return same;
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "cannot check how SQLite sums BM25 in memory; the per-term cache stays off", e);
            return false;
        }
    }

    /** A few words of {@link #WORDS} and filler, in varied numbers, so that lengths and frequencies vary. */
    private static String text(SplittableRandom random) {
        StringBuilder text = new StringBuilder();
        int words = random.nextInt(12);
        for (int i = 0; i < words; i++) {
            text.append(random.nextInt(3) == 0 ? WORDS[random.nextInt(WORDS.length)] : "w" + random.nextInt(50))
                    .append(' ');
        }
        return text.toString();
    }

    private static TermScores scores(Connection connection, String match) throws SQLException {
        TermScores.Builder builder = new TermScores.Builder();
        try (PreparedStatement query = connection.prepareStatement(FullTextQueries.TERM_SCORES)) {
            query.setString(1, match);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    builder.add(rows.getLong(1), -rows.getDouble(2));
                }
            }
        }
        return builder.build();
    }
}
