package shaktiman.adapters.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import shaktiman.core.index.resolve.Candidate;
import shaktiman.core.index.resolve.CandidateLookup;
import shaktiman.core.index.resolve.LanguageFamily;
import shaktiman.core.index.resolve.PendingReason;
import shaktiman.core.index.resolve.ReferenceQuery;
import shaktiman.core.index.resolve.Resolution;
import shaktiman.core.index.write.MultisetMatch;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.model.index.FileMeta;
import shaktiman.core.model.index.ParsedReference;

/**
 * Edges and pending rows (IX-30…IX-33): a file's own are rebuilt from its references, edges into a vanishing symbol
 * become pending rows, and pending rows naming a newly inserted symbol are resolved again.
 */
final class ReferenceRows {
    private record EdgeKey(long src, long dst, String kind) {}

    private record EdgeRow(int line, String text) {}

    private record PendingRow(
            long src,
            String dstName,
            String text,
            String dstQualifiedName,
            String kind,
            String family,
            int line,
            String reason) {}

    private ReferenceRows() {}

    /** Turns every edge from another file into symbol {@code dstId} back into a pending row (IX-33). */
    static void repend(WriteContext context, long dstId, String dstName, long ownFileId) throws SQLException {
        record Incoming(long src, long fileId, String kind, int line, String text, String language) {}
        List<Incoming> incoming = context.sql.query(
                "SELECT e.src_symbol_id, e.file_id, e.kind, e.line, e.text, f.language FROM edges e"
                        + " JOIN files f ON f.id = e.file_id WHERE e.dst_symbol_id = ? AND e.file_id != ?",
                row -> new Incoming(
                        row.getLong(1),
                        row.getLong(2),
                        row.getString(3),
                        row.getInt(4),
                        row.getString(5),
                        row.getString(6)),
                dstId,
                ownFileId);
        for (Incoming edge : incoming) {
            insertPending(
                    context,
                    edge.fileId(),
                    new PendingRow(
                            edge.src(),
                            dstName,
                            edge.text(),
                            "",
                            edge.kind(),
                            LanguageFamily.of(edge.language()),
                            edge.line(),
                            PendingReason.NOT_FOUND.wireName()));
        }
    }

    /**
     * Rebuilds the edges and pending rows owned by file {@code fileId} from its references, changing only the rows
     * that differ, so that an unchanged file keeps its edge ids.
     */
    static void rebuildOwned(
            WriteContext context, long fileId, FileMeta meta, List<ParsedReference> references, long[] symbolIds)
            throws SQLException {
        CandidateLookup lookup = new MemoizedCandidateLookup(new SqlCandidateLookup(context.sql));
        Map<ReferenceQuery, Resolution> answers = new HashMap<>(); // a file repeats its references
        String family = LanguageFamily.of(meta.language());
        Map<EdgeKey, EdgeRow> edges = new LinkedHashMap<>();
        List<PendingRow> pending = new ArrayList<>();
        for (ParsedReference reference : references) {
            long src = symbolIds[reference.ownerIndex()];
            ReferenceQuery query = new ReferenceQuery(
                    meta.path(),
                    meta.language(),
                    reference.kind(),
                    reference.text(),
                    reference.target(),
                    reference.qualifier(),
                    reference.importQualifiedName());
            switch (answers.computeIfAbsent(query, asked -> context.resolver.resolve(asked, lookup))) {
                case Resolution.Edges found -> {
                    for (Candidate target : found.targets()) {
                        // Edges are unique per (src, dst, kind); the line is that of the first reference.
                        edges.merge(
                                new EdgeKey(
                                        src, target.symbolId(), reference.kind().wireName()),
                                new EdgeRow(reference.line(), reference.text()),
                                (first, later) -> later.line() < first.line() ? later : first);
                    }
                }
                case Resolution.Pending none ->
                    pending.add(new PendingRow(
                            src,
                            reference.target(),
                            reference.text(),
                            none.qualifiedName(),
                            reference.kind().wireName(),
                            family,
                            reference.line(),
                            none.reason().wireName()));
            }
        }
        syncEdges(context, fileId, edges);
        syncPending(context, fileId, pending);
    }

    /**
     * Resolves again the pending rows of other files whose target is one of {@code names} (IX-32); each one that now
     * resolves becomes its edges and is deleted.
     */
    static void retryPending(WriteContext context, Set<String> names, long ownFileId) throws SQLException {
        CandidateLookup lookup = new MemoizedCandidateLookup(new SqlCandidateLookup(context.sql));
        Map<ReferenceQuery, Resolution> answers = new HashMap<>();
        record Waiting(
                long id,
                long src,
                long fileId,
                String text,
                String dstName,
                String dstQualifiedName,
                String kind,
                int line,
                String reason,
                String path,
                String language) {}
        for (String name : names) {
            List<Waiting> waiting = context.sql.query(
                    "SELECT p.id, p.src_symbol_id, p.file_id, p.text, p.dst_name, p.dst_qualified_name, p.kind, p.line,"
                            + " p.reason, f.path, f.language FROM pending_edges p JOIN files f ON f.id = p.file_id"
                            + " WHERE p.dst_name = ? AND p.file_id != ? ORDER BY p.id",
                    row -> new Waiting(
                            row.getLong(1),
                            row.getLong(2),
                            row.getLong(3),
                            row.getString(4),
                            row.getString(5),
                            row.getString(6),
                            row.getString(7),
                            row.getInt(8),
                            row.getString(9),
                            row.getString(10),
                            row.getString(11)),
                    name,
                    ownFileId);
            for (Waiting row : waiting) {
                ReferenceQuery query = new ReferenceQuery(
                        row.path(),
                        row.language(),
                        EdgeKind.fromWireName(row.kind()),
                        row.text(),
                        row.dstName(),
                        qualifierOf(row.text(), row.dstName()),
                        row.dstQualifiedName());
                // Waiting rows often ask the same question (one file calling one name many times); the resolver is
                // a function of the query and the stored symbols, which this pass does not change.
                Resolution resolution =
                        answers.computeIfAbsent(query, asked -> context.resolver.resolve(asked, lookup));
                switch (resolution) {
                    case Resolution.Edges found -> {
                        for (Candidate target : found.targets()) {
                            context.sql.update(
                                    "INSERT OR IGNORE INTO edges (src_symbol_id, dst_symbol_id, kind, file_id, line,"
                                            + " text) VALUES (?, ?, ?, ?, ?, ?)",
                                    row.src(),
                                    target.symbolId(),
                                    row.kind(),
                                    row.fileId(),
                                    row.line(),
                                    row.text());
                        }
                        context.sql.update("DELETE FROM pending_edges WHERE id = ?", row.id());
                    }
                    case Resolution.Pending still -> {
                        if (!still.reason().wireName().equals(row.reason())) {
                            context.sql.update(
                                    "UPDATE pending_edges SET reason = ? WHERE id = ?",
                                    still.reason().wireName(),
                                    row.id());
                        }
                    }
                }
            }
        }
    }

    /** The text before {@code target} in {@code text}, without the separator: {@code self.save} → {@code self}. */
    static String qualifierOf(String text, String target) {
        if (!text.endsWith(target) || text.length() == target.length()) {
            return "";
        }
        String rest = text.substring(0, text.length() - target.length());
        return rest.replaceAll("(\\.|::|->|\\\\|/)$", "");
    }

    private static void syncEdges(WriteContext context, long fileId, Map<EdgeKey, EdgeRow> wanted) throws SQLException {
        record Existing(long id, EdgeKey key, EdgeRow row) {}
        List<Existing> existing = context.sql.query(
                "SELECT id, src_symbol_id, dst_symbol_id, kind, line, text FROM edges WHERE file_id = ?",
                row -> new Existing(
                        row.getLong(1),
                        new EdgeKey(row.getLong(2), row.getLong(3), row.getString(4)),
                        new EdgeRow(row.getInt(5), row.getString(6))),
                fileId);
        Map<EdgeKey, EdgeRow> toInsert = new LinkedHashMap<>(wanted);
        for (Existing edge : existing) {
            EdgeRow want = toInsert.remove(edge.key());
            if (want == null) {
                context.sql.update("DELETE FROM edges WHERE id = ?", edge.id());
            } else if (!want.equals(edge.row())) {
                context.sql.update(
                        "UPDATE edges SET line = ?, text = ? WHERE id = ?", want.line(), want.text(), edge.id());
            }
        }
        for (Map.Entry<EdgeKey, EdgeRow> edge : toInsert.entrySet()) {
            // OR IGNORE: a retried pending row of another file may have produced the same edge in this transaction.
            context.sql.update(
                    "INSERT OR IGNORE INTO edges (src_symbol_id, dst_symbol_id, kind, file_id, line, text)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    edge.getKey().src(),
                    edge.getKey().dst(),
                    edge.getKey().kind(),
                    fileId,
                    edge.getValue().line(),
                    edge.getValue().text());
        }
    }

    private static void syncPending(WriteContext context, long fileId, List<PendingRow> wanted) throws SQLException {
        record Existing(long id, PendingRow row) {}
        List<Existing> existing = context.sql.query(
                "SELECT id, src_symbol_id, dst_name, text, dst_qualified_name, kind, family, line, reason"
                        + " FROM pending_edges WHERE file_id = ? ORDER BY id",
                row -> new Existing(
                        row.getLong(1),
                        new PendingRow(
                                row.getLong(2),
                                row.getString(3),
                                row.getString(4),
                                row.getString(5),
                                row.getString(6),
                                row.getString(7),
                                row.getInt(8),
                                row.getString(9))),
                fileId);
        int[] partners =
                MultisetMatch.match(existing.stream().map(Existing::row).toList(), wanted);
        boolean[] used = MultisetMatch.usedOld(existing.size(), partners);
        for (int i = 0; i < existing.size(); i++) {
            if (!used[i]) {
                context.sql.update(
                        "DELETE FROM pending_edges WHERE id = ?",
                        existing.get(i).id());
            }
        }
        for (int i = 0; i < wanted.size(); i++) {
            if (partners[i] == MultisetMatch.UNMATCHED) {
                insertPending(context, fileId, wanted.get(i));
            }
        }
    }

    private static void insertPending(WriteContext context, long fileId, PendingRow row) throws SQLException {
        context.sql.update(
                "INSERT INTO pending_edges (src_symbol_id, file_id, dst_name, text, dst_qualified_name, kind, family,"
                        + " line, reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                row.src(),
                fileId,
                row.dstName(),
                row.text(),
                row.dstQualifiedName(),
                row.kind(),
                row.family(),
                row.line(),
                row.reason(),
                context.now);
    }
}
