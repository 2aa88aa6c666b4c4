package shaktiman.adapters.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import shaktiman.core.model.ChunkKind;
import shaktiman.core.model.SymKind;
import shaktiman.core.model.Visibility;
import shaktiman.core.port.ChunkRecord;
import shaktiman.core.port.IndexReader.ChunkFilter;
import shaktiman.core.port.SymbolRecord;

/**
 * The reader's shared SQL pieces: the column lists and mappers of chunk and symbol rows, id lists cut into
 * {@code IN (…)} batches, and the {@link ChunkFilter} condition on a joined {@code files f}.
 */
final class ReadRows {
    /** The most ids bound to one statement, well under SQLite's 32,766 host parameters. */
    static final int IN_BATCH = 1_000;

    /** The columns of {@link #chunk}, from {@code chunks c JOIN files f}. */
    static final String CHUNK_COLUMNS = "c.id, f.path, f.language, c.start_line, c.end_line, c.kind, c.symbol_name,"
            + " c.qualified_name, c.signature, c.part_group, c.chunk_index, c.content, c.token_count, f.is_test";

    /** The columns of {@link #symbol}, from {@code symbols s JOIN files f}. */
    static final String SYMBOL_COLUMNS = "s.id, s.chunk_id, f.path, s.name, s.qualified_name, s.kind, s.start_line,"
            + " s.end_line, s.signature, s.visibility, f.is_test";

    /** How many columns {@link #SYMBOL_COLUMNS} has, for the columns a query selects after them. */
    static final int SYMBOL_COLUMN_COUNT = 11;

    private ReadRows() {}

    static ChunkRecord chunk(ResultSet row) throws SQLException {
        return new ChunkRecord(
                row.getLong(1),
                row.getString(2),
                row.getString(3),
                row.getInt(4),
                row.getInt(5),
                ChunkKind.fromWireName(row.getString(6)),
                orEmpty(row.getString(7)),
                orEmpty(row.getString(8)),
                orEmpty(row.getString(9)),
                row.getLong(10), // NULL reads as 0: an unsplit chunk
                row.getInt(11),
                row.getString(12),
                row.getInt(13),
                row.getInt(14) == 1);
    }

    /** A symbol from the {@link #SYMBOL_COLUMNS} at the start of the row. */
    static SymbolRecord symbol(ResultSet row) throws SQLException {
        String visibility = row.getString(10);
        return new SymbolRecord(
                row.getLong(1),
                row.getLong(2),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                SymKind.fromWireName(row.getString(6)),
                row.getInt(7),
                row.getInt(8),
                orEmpty(row.getString(9)),
                visibility == null ? Optional.empty() : Optional.of(Visibility.fromWireName(visibility)),
                row.getInt(11) == 1);
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** {@code n} comma-separated parameter markers. */
    static String markers(int n) {
        return "?,".repeat(n - 1) + "?";
    }

    /**
     * The distinct ids in ascending order, cut into batches of at most {@link #IN_BATCH}, each {@link #padded} (its last
     * id repeated): an {@code IN} list means the same with the repeats.
     */
    static List<List<Long>> batches(Collection<Long> ids) {
        List<Long> sorted = new ArrayList<>(new TreeSet<>(ids));
        List<List<Long>> batches = new ArrayList<>();
        for (int from = 0; from < sorted.size(); from += IN_BATCH) {
            batches.add(padded(sorted.subList(from, Math.min(sorted.size(), from + IN_BATCH))));
        }
        return batches;
    }

    /**
     * {@code values} (1 to {@link #IN_BATCH} of them) with the last repeated up to the next power of two, or to {@link
     * #IN_BATCH} past 512: so that a statement with an {@code IN} list of them has one of 11 texts, and the reader's
     * cached prepared statements are found again instead of prepared per call.
     */
    static <T> List<T> padded(List<T> values) {
        int size = values.size();
        int target = size > 512 ? IN_BATCH : Integer.highestOneBit(Math.max(1, size - 1)) << (size > 1 ? 1 : 0);
        if (size == 0 || target <= size) {
            return values;
        }
        List<T> padded = new ArrayList<>(target);
        padded.addAll(values);
        T last = values.getLast();
        while (padded.size() < target) {
            padded.add(last);
        }
        return padded;
    }

    /**
     * The condition of {@code filter} on the joined {@code files f}, starting with {@code AND}, or empty; its
     * parameters are appended to {@code parameters}.
     *
     * <p>The unary {@code +} keeps SQLite from driving a query from {@code files}: without statistics it took the
     * {@code is_test} index, visiting every symbol of every non-test file, where the name, id or MATCH constraint of
     * the query finds a few rows.
     */
    static String filterCondition(ChunkFilter filter, List<Object> parameters) {
        StringBuilder condition = new StringBuilder();
        if (!filter.pathPrefix().isEmpty()) {
            condition.append(" AND ").append(pathCondition("+f.path", filter.pathPrefix(), parameters));
        }
        switch (filter.scope()) {
            case IMPL -> condition.append(" AND +f.is_test = 0");
            case TEST -> condition.append(" AND +f.is_test = 1");
            case ALL -> {
                // no condition: test and non-test files alike
            }
        }
        return condition.toString();
    }

    /**
     * MCP-24's path match on {@code column}: the path itself or any path under it as a directory. A range on the
     * binary collation instead of {@code LIKE}, which ignores ASCII case and would let {@code src/api} match
     * {@code SRC/API/x.ts}: every path starting with {@code prefix + "/"} sorts before {@code prefix + "0"}, since
     * {@code '0'} is the character after {@code '/'}.
     */
    static String pathCondition(String column, String prefix, List<Object> parameters) {
        parameters.add(prefix);
        parameters.add(prefix + "/");
        parameters.add(prefix + "0");
        return "(" + column + " = ? OR (" + column + " >= ? AND " + column + " < ?))";
    }
}
