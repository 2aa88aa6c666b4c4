package shaktiman.adapters.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import shaktiman.core.model.SymKind;
import shaktiman.core.port.ChangeRecord;
import shaktiman.core.port.ChangeRecord.ChangedSymbol;
import shaktiman.core.port.LatestChange;

/** The reader's queries on the change log, {@code diff_log} with its symbols and chunk ids (IX-49, MCP-36). */
final class ChangeQueries {
    /** The last instant the four-digit years of {@link Timestamps} can show; later ones would not sort as text. */
    private static final Instant LAST_STAMP = Instant.parse("9999-12-31T23:59:59.999Z");

    private ChangeQueries() {}

    static String changesSql(String pathCondition) {
        return "SELECT id, path, old_path, change_type, lines_added, lines_removed, applied_at FROM diff_log"
                + " WHERE applied_at >= ?" + pathCondition + " ORDER BY applied_at DESC, path, id";
    }

    static String changedSymbolsSql(int records) {
        return "SELECT diff_id, name, qualified_name, kind, change FROM diff_symbols WHERE diff_id IN ("
                + ReadRows.markers(records) + ") ORDER BY diff_id, id";
    }

    /** Each path's newest record (ties by the larger id), found on the (path, applied_at) index. */
    static String latestSql(int paths) {
        return "SELECT d.id, d.path, d.applied_at FROM diff_log d WHERE d.path IN (" + ReadRows.markers(paths) + ")"
                + " AND d.id = (SELECT n.id FROM diff_log n WHERE n.path = d.path"
                + " ORDER BY n.applied_at DESC, n.id DESC LIMIT 1)";
    }

    static String changedChunksSql(int records) {
        return "SELECT diff_id, chunk_id FROM diff_chunks WHERE diff_id IN (" + ReadRows.markers(records) + ")";
    }

    static List<ChangeRecord> changesSince(Sql sql, Instant since, String pathPrefix) throws SQLException {
        if (since.isAfter(LAST_STAMP)) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(Timestamps.lowerBound(since));
        String condition = pathPrefix.isEmpty() ? "" : " AND " + ReadRows.pathCondition("path", pathPrefix, parameters);
        record Row(long id, String path, String oldPath, String type, int added, int removed, String appliedAt) {}
        List<Row> rows = sql.query(
                changesSql(condition),
                row -> new Row(
                        row.getLong(1),
                        row.getString(2),
                        ReadRows.orEmpty(row.getString(3)),
                        row.getString(4),
                        row.getInt(5),
                        row.getInt(6),
                        row.getString(7)),
                parameters.toArray());
        Map<Long, List<ChangedSymbol>> symbols = new HashMap<>();
        for (List<Long> batch : ReadRows.batches(rows.stream().map(Row::id).toList())) {
            sql.query(
                    changedSymbolsSql(batch.size()),
                    row -> symbols.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                            .add(new ChangedSymbol(
                                    row.getString(2),
                                    row.getString(3),
                                    SymKind.fromWireName(row.getString(4)),
                                    row.getString(5))),
                    batch.toArray());
        }
        List<ChangeRecord> records = new ArrayList<>(rows.size());
        for (Row row : rows) {
            records.add(new ChangeRecord(
                    row.id(),
                    row.path(),
                    row.oldPath(),
                    ChangeRecord.Type.valueOf(row.type().toUpperCase(Locale.ROOT)),
                    row.added(),
                    row.removed(),
                    Instant.parse(row.appliedAt()),
                    symbols.getOrDefault(row.id(), List.of())));
        }
        return List.copyOf(records);
    }

    /** The newest record's time, read off the applied_at index's last entry. */
    static Optional<Instant> lastChangeAt(Sql sql) throws SQLException {
        List<String> newest = sql.query("SELECT max(applied_at) FROM diff_log", row -> row.getString(1));
        return newest.isEmpty() || newest.getFirst() == null
                ? Optional.empty()
                : Optional.of(Instant.parse(newest.getFirst()));
    }

    static Map<String, LatestChange> latestChanges(Sql sql, Collection<String> paths) throws SQLException {
        List<String> distinct = new ArrayList<>(new TreeSet<>(paths));
        record Latest(long id, String path, String appliedAt) {}
        List<Latest> latest = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += ReadRows.IN_BATCH) {
            List<String> batch = distinct.subList(from, Math.min(distinct.size(), from + ReadRows.IN_BATCH));
            latest.addAll(sql.query(
                    latestSql(batch.size()),
                    row -> new Latest(row.getLong(1), row.getString(2), row.getString(3)),
                    batch.toArray()));
        }
        Map<Long, Set<Long>> chunkIds = new HashMap<>();
        for (List<Long> batch : ReadRows.batches(latest.stream().map(Latest::id).toList())) {
            sql.query(
                    changedChunksSql(batch.size()),
                    row -> chunkIds.computeIfAbsent(row.getLong(1), id -> new HashSet<>())
                            .add(row.getLong(2)),
                    batch.toArray());
        }
        Map<String, LatestChange> changes = new LinkedHashMap<>();
        for (Latest row : latest) {
            changes.put(
                    row.path(),
                    new LatestChange(Instant.parse(row.appliedAt()), chunkIds.getOrDefault(row.id(), Set.of())));
        }
        return Collections.unmodifiableMap(changes);
    }
}
