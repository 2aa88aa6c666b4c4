package shaktiman.adapters.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.port.EdgeRecord;
import shaktiman.core.port.IndexReader.ChunkFilter;
import shaktiman.core.port.IndexReader.SymbolFilter;
import shaktiman.core.port.SymbolRecord;
import shaktiman.core.port.UnresolvedReference;

/** The reader's name and graph queries: symbols by name (MCP-32), resolved edges and pending rows (IX-30…IX-33). */
final class GraphQueries {
    private static final Comparator<EdgeRecord> EDGE_ORDER = Comparator.comparingLong(EdgeRecord::sourceId)
            .thenComparingLong(EdgeRecord::targetId)
            .thenComparing(EdgeRecord::kind);

    private static final String PENDING_COLUMNS =
            ReadRows.SYMBOL_COLUMNS + ", p.id, p.line, p.dst_name, p.text, p.kind";

    private GraphQueries() {}

    /**
     * The longest suffix of a qualified name taken as a symbol's own name, in chars. Identifiers are far shorter; the
     * bound keeps a hostile name of thousands of segments from costing quadratic memory and more SQL parameters than
     * SQLite takes.
     */
    static final int MAX_SUFFIX_LENGTH = 1_000;

    /**
     * The names a symbol answering {@code name} can have. A qualified name ends with the symbol's own name (IX-28), so
     * the symbol's name is one of the segment-aligned suffixes of {@code name} (those of at most
     * {@value #MAX_SUFFIX_LENGTH} chars) or the whole name: the lookup stays on the name index, and a name that itself
     * holds {@code .} is still found.
     */
    static List<String> candidateNames(String name) {
        List<String> names = new ArrayList<>();
        int dot = name.length();
        while ((dot = name.lastIndexOf('.', dot - 1)) >= 0 && name.length() - dot - 1 <= MAX_SUFFIX_LENGTH) {
            names.add(name.substring(dot + 1));
        }
        names.add(name);
        return names;
    }

    static String symbolsNamedSql(int names, boolean qualified, boolean kind, String condition) {
        return "SELECT " + ReadRows.SYMBOL_COLUMNS + " FROM symbols s JOIN files f ON f.id = s.file_id"
                + " WHERE s.name IN (" + ReadRows.markers(names) + ")"
                // substr counts characters from the end; unlike LIKE it is case-sensitive and needs no escaping.
                + (qualified ? " AND (s.qualified_name = ? OR substr(s.qualified_name, -?) = ?)" : "")
                // +s.kind: the kind index would visit every symbol of that kind instead of a few of that name.
                + " AND s.kind != 'file'" + (kind ? " AND +s.kind = ?" : "") + condition
                + " ORDER BY f.path, s.start_line, s.id LIMIT ?";
    }

    static List<SymbolRecord> symbolsNamed(Sql sql, String name, SymbolFilter filter, int limit) throws SQLException {
        boolean qualified = name.indexOf('.') >= 0;
        List<String> names = qualified ? candidateNames(name) : List.of(name);
        List<Object> parameters = new ArrayList<>(names);
        if (qualified) {
            String suffix = "." + name;
            parameters.add(name);
            parameters.add(suffix.codePointCount(0, suffix.length()));
            parameters.add(suffix);
        }
        filter.kind().ifPresent(kind -> parameters.add(kind.wireName()));
        String condition = ReadRows.filterCondition(filter.chunks(), parameters);
        parameters.add(limit);
        return List.copyOf(sql.query(
                symbolsNamedSql(names.size(), qualified, filter.kind().isPresent(), condition),
                ReadRows::symbol,
                parameters.toArray()));
    }

    static String edgesSql(int ids, boolean outgoing, int kinds) {
        return "SELECT src_symbol_id, dst_symbol_id, kind, line FROM edges WHERE "
                + (outgoing ? "src_symbol_id" : "dst_symbol_id") + " IN (" + ReadRows.markers(ids) + ")"
                + kindCondition("kind", kinds);
    }

    static List<EdgeRecord> edges(Sql sql, Collection<Long> symbolIds, boolean outgoing, Set<EdgeKind> kinds)
            throws SQLException {
        List<EdgeRecord> edges = new ArrayList<>();
        List<String> kindNames = wireNames(kinds);
        for (List<Long> batch : ReadRows.batches(symbolIds)) {
            List<Object> parameters = new ArrayList<>(batch);
            parameters.addAll(kindNames);
            edges.addAll(sql.query(
                    edgesSql(batch.size(), outgoing, kindNames.size()),
                    row -> new EdgeRecord(
                            row.getLong(1), row.getLong(2), EdgeKind.fromWireName(row.getString(3)), row.getInt(4)),
                    parameters.toArray()));
        }
        // Sorted here: incoming batches go by target id, and the order asks for source id first.
        edges.sort(EDGE_ORDER);
        return List.copyOf(edges);
    }

    static String unresolvedToSql(String condition) {
        return "SELECT " + PENDING_COLUMNS + " FROM pending_edges p JOIN symbols s ON s.id = p.src_symbol_id"
                + " JOIN files f ON f.id = s.file_id WHERE p.dst_name = ?" + condition
                + " ORDER BY f.path, p.line, p.id LIMIT ?";
    }

    static List<UnresolvedReference> unresolvedReferencesTo(Sql sql, String name, ChunkFilter filter, int limit)
            throws SQLException {
        List<Object> parameters = new ArrayList<>();
        parameters.add(name.substring(name.lastIndexOf('.') + 1));
        String condition = ReadRows.filterCondition(filter, parameters);
        parameters.add(limit);
        return List.copyOf(sql.query(unresolvedToSql(condition), GraphQueries::pending, parameters.toArray()));
    }

    static String unresolvedFromSql(int ids, int kinds) {
        return "SELECT " + PENDING_COLUMNS + " FROM pending_edges p JOIN symbols s ON s.id = p.src_symbol_id"
                + " JOIN files f ON f.id = s.file_id WHERE p.src_symbol_id IN (" + ReadRows.markers(ids) + ")"
                + kindCondition("p.kind", kinds) + " ORDER BY p.src_symbol_id, p.line, p.id";
    }

    /** Batches go by ascending source id and each is ordered by source, so their concatenation is too. */
    static List<UnresolvedReference> unresolvedReferencesFrom(Sql sql, Collection<Long> symbolIds, Set<EdgeKind> kinds)
            throws SQLException {
        List<UnresolvedReference> references = new ArrayList<>();
        List<String> kindNames = wireNames(kinds);
        for (List<Long> batch : ReadRows.batches(symbolIds)) {
            List<Object> parameters = new ArrayList<>(batch);
            parameters.addAll(kindNames);
            references.addAll(sql.query(
                    unresolvedFromSql(batch.size(), kindNames.size()), GraphQueries::pending, parameters.toArray()));
        }
        return List.copyOf(references);
    }

    private static UnresolvedReference pending(ResultSet row) throws SQLException {
        int at = ReadRows.SYMBOL_COLUMN_COUNT;
        return new UnresolvedReference(
                row.getLong(at + 1),
                ReadRows.symbol(row),
                row.getInt(at + 2),
                row.getString(at + 3),
                row.getString(at + 4),
                EdgeKind.fromWireName(row.getString(at + 5)));
    }

    /** The unary {@code +} keeps the edge-kind index, which visits every edge of a kind, from driving the query. */
    private static String kindCondition(String column, int kinds) {
        return kinds == 0 ? "" : " AND +" + column + " IN (" + ReadRows.markers(kinds) + ")";
    }

    private static List<String> wireNames(Set<EdgeKind> kinds) {
        List<String> names = new ArrayList<>();
        for (EdgeKind kind : new TreeSet<>(kinds)) {
            names.add(kind.wireName());
        }
        return names;
    }
}
