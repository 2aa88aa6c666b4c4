package shaktiman.adapters.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import shaktiman.core.index.resolve.Candidate;
import shaktiman.core.index.resolve.CandidateLookup;
import shaktiman.core.index.resolve.LanguageFamily;
import shaktiman.core.index.resolve.PendingReason;
import shaktiman.core.index.resolve.ReferenceQuery;
import shaktiman.core.index.resolve.Resolution;
import shaktiman.core.index.write.MultisetMatch;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.model.SymKind;
import shaktiman.core.model.index.FileMeta;
import shaktiman.core.model.index.ParsedReference;
import shaktiman.core.model.index.ParsedSymbol;

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

    private static final Set<SymKind> MODULE_KINDS = Set.of(SymKind.FILE, SymKind.NAMESPACE);

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
     * that differ, so that an unchanged file keeps its edge ids. Imports resolve first, since they decide the files of
     * tier 4, then heritage, since it decides the supertypes of tier 1, then the rest (IX-30).
     */
    static void rebuildOwned(
            WriteContext context,
            long fileId,
            FileMeta meta,
            List<ParsedSymbol> symbols,
            List<ParsedReference> references,
            long[] symbolIds)
            throws SQLException {
        String family = LanguageFamily.of(meta.language());
        String packageName = meta.packageName() == null ? "" : meta.packageName();
        OwnFileLookup lookup = new OwnFileLookup(new SqlCandidateLookup(context), meta.path());
        Set<String> importedFiles = new HashSet<>();
        Map<EdgeKey, EdgeRow> edges = new LinkedHashMap<>();
        List<PendingRow> pending = new ArrayList<>();
        for (int phase = 0; phase < 3; phase++) {
            Set<String> tierFourFiles = Set.copyOf(importedFiles);
            for (ParsedReference reference : references) {
                if (phase(reference.kind()) != phase) {
                    continue;
                }
                ParsedSymbol owner = symbols.get(reference.ownerIndex());
                long src = symbolIds[reference.ownerIndex()];
                ReferenceQuery query = new ReferenceQuery(
                        meta.path(),
                        meta.language(),
                        packageName,
                        owner.qualifiedName(),
                        owner.kind(),
                        reference.kind(),
                        reference.text(),
                        reference.target(),
                        reference.qualifier(),
                        reference.importQualifiedName(),
                        tierFourFiles);
                switch (context.resolver.resolve(query, lookup)) {
                    case Resolution.Edges found -> {
                        for (Candidate target : found.targets()) {
                            // Edges are unique per (src, dst, kind); the line is that of the first reference.
                            edges.merge(
                                    new EdgeKey(
                                            src,
                                            target.symbolId(),
                                            reference.kind().wireName()),
                                    new EdgeRow(reference.line(), reference.text()),
                                    (first, later) -> later.line() < first.line() ? later : first);
                            if (reference.kind() == EdgeKind.IMPORTS && MODULE_KINDS.contains(target.kind())) {
                                importedFiles.add(target.path());
                            }
                            if (reference.kind() == EdgeKind.INHERITS || reference.kind() == EdgeKind.IMPLEMENTS) {
                                lookup.addSupertype(owner.qualifiedName(), target);
                            }
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
        }
        syncEdges(context, fileId, edges);
        syncPending(context, fileId, pending);
    }

    /** 0 for imports, 1 for heritage, 2 for the rest: the order {@link #rebuildOwned} resolves them in. */
    private static int phase(EdgeKind kind) {
        return switch (kind) {
            case IMPORTS -> 0;
            case INHERITS, IMPLEMENTS -> 1;
            case CALLS, TYPE_REF -> 2;
        };
    }

    /**
     * Resolves again the pending rows of other files whose target is one of {@code names} (IX-32); each one that now
     * resolves becomes its edges and is deleted.
     */
    static void retryPending(WriteContext context, Set<String> names, long ownFileId) throws SQLException {
        SqlCandidateLookup lookup = new SqlCandidateLookup(context);
        Map<Long, Set<String>> importedFilesOf = new HashMap<>();
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
                String language,
                String packageName,
                String ownerQualifiedName,
                String ownerKind) {}
        for (String name : names) {
            List<Waiting> waiting = context.sql.query(
                    "SELECT p.id, p.src_symbol_id, p.file_id, p.text, p.dst_name, p.dst_qualified_name, p.kind, p.line,"
                            + " p.reason, f.path, f.language, coalesce(f.package, ''), s.qualified_name, s.kind"
                            + " FROM pending_edges p JOIN files f ON f.id = p.file_id"
                            + " JOIN symbols s ON s.id = p.src_symbol_id"
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
                            row.getString(11),
                            row.getString(12),
                            row.getString(13),
                            row.getString(14)),
                    name,
                    ownFileId);
            for (Waiting row : waiting) {
                Set<String> importedFiles = importedFilesOf.get(row.fileId());
                if (importedFiles == null) {
                    importedFiles = importedFiles(context, row.fileId());
                    importedFilesOf.put(row.fileId(), importedFiles);
                }
                ReferenceQuery query = new ReferenceQuery(
                        row.path(),
                        row.language(),
                        row.packageName(),
                        row.ownerQualifiedName(),
                        SymKind.fromWireName(row.ownerKind()),
                        EdgeKind.fromWireName(row.kind()),
                        row.text(),
                        row.dstName(),
                        ReferenceQuery.qualifierOf(row.text(), row.dstName()),
                        row.dstQualifiedName(),
                        importedFiles);
                switch (context.resolver.resolve(query, lookup)) {
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

    /** Tier 4's files of a stored file: those whose file or namespace symbol its {@code imports} edges point at. */
    private static Set<String> importedFiles(WriteContext context, long fileId) throws SQLException {
        return Set.copyOf(context.sql.query(
                "SELECT DISTINCT df.path FROM edges e JOIN symbols d ON d.id = e.dst_symbol_id"
                        + " JOIN files df ON df.id = d.file_id"
                        + " WHERE e.file_id = ? AND e.kind = 'imports' AND d.kind IN ('file', 'namespace')",
                row -> row.getString(1),
                fileId));
    }

    /**
     * The names under which pending rows may wait for a newly added file as a module (IX-32): its file name, that name
     * without extensions, and its directory's name, which whole-module imports use as their target.
     */
    static Set<String> moduleNames(String path) {
        Set<String> names = new LinkedHashSet<>();
        int slash = path.lastIndexOf('/');
        String file = path.substring(slash + 1);
        names.add(file);
        int dot = file.indexOf('.');
        if (dot > 0) {
            names.add(file.substring(0, dot));
        }
        if (slash > 0) {
            String directory = path.substring(0, slash);
            names.add(directory.substring(directory.lastIndexOf('/') + 1));
        }
        return names;
    }

    /**
     * The stored lookup, except that the supertypes of the file being rebuilt come from its fresh heritage
     * resolutions, since its stored edges are those of its previous parse.
     */
    private static final class OwnFileLookup implements CandidateLookup {
        private final SqlCandidateLookup stored;
        private final String path;
        private final Map<String, List<Candidate>> supertypes = new HashMap<>();

        OwnFileLookup(SqlCandidateLookup stored, String path) {
            this.stored = stored;
            this.path = path;
        }

        void addSupertype(String containerQualifiedName, Candidate supertype) {
            supertypes
                    .computeIfAbsent(containerQualifiedName, name -> new ArrayList<>())
                    .add(supertype);
        }

        @Override
        public List<Candidate> symbolsNamed(String name, Set<SymKind> kinds, Set<String> languages) {
            return stored.symbolsNamed(name, kinds, languages);
        }

        @Override
        public boolean fileExists(String file) {
            return stored.fileExists(file);
        }

        @Override
        public List<String> filesIn(String directory) {
            return stored.filesIn(directory);
        }

        @Override
        public Optional<String> fileText(String file) {
            return stored.fileText(file);
        }

        @Override
        public List<Candidate> supertypes(String file, String containerQualifiedName) {
            if (file.equals(path)) {
                return supertypes.getOrDefault(containerQualifiedName, List.of());
            }
            return stored.supertypes(file, containerQualifiedName);
        }
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
