package shaktiman.testkit.fake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import shaktiman.core.index.resolve.Candidate;
import shaktiman.core.index.resolve.CandidateLookup;
import shaktiman.core.index.resolve.ReferenceQuery;
import shaktiman.core.index.resolve.Resolution;
import shaktiman.core.index.resolve.TieredReferenceResolver;
import shaktiman.core.index.write.FtsColumns;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.model.SymKind;
import shaktiman.core.model.index.FileMeta;
import shaktiman.core.model.index.ParsedChunk;
import shaktiman.core.model.index.ParsedFile;
import shaktiman.core.model.index.ParsedReference;
import shaktiman.core.model.index.ParsedSymbol;
import shaktiman.core.port.ChangeRecord;
import shaktiman.core.port.ChunkRecord;
import shaktiman.core.port.EdgeRecord;
import shaktiman.core.port.SymbolRecord;
import shaktiman.core.port.UnresolvedReference;
import shaktiman.core.text.IdentifierAnalyzer;

/**
 * The rows the fake's {@link InMemoryIndexReader} answers from, derived from the written files in one pass: chunk and
 * symbol records, one full-text row per chunk (IX-38's four columns of analyzer terms), and the edges and pending rows
 * of every reference, resolved by core's IX-30 resolver against the whole current index. Immutable.
 */
final class InMemoryReadModel {
    /** A written file, its current metadata (test classification may have changed), and its row ids by position. */
    record FileRows(ParsedFile file, FileMeta meta, List<Long> chunkIds, List<Long> symbolIds) {}

    /** A change record with the chunk ids it added or modified ({@code diff_chunks}). */
    record StoredChange(ChangeRecord record, Set<Long> chunkIds) {}

    /** One contentless FTS5 row: the weighted frequency of each term and the row's length in tokens. */
    record FtsRow(Map<String, Double> weightedFrequency, int length) {}

    /** IX-38's column weights, in column order: symbol, path, content, doc. */
    static final double[] COLUMN_WEIGHTS = {4, 2, 1, 0.5};

    final Map<Long, ChunkRecord> chunks = new TreeMap<>();
    final Map<Long, SymbolRecord> symbols = new TreeMap<>();
    final Map<Long, FtsRow> fts = new TreeMap<>();
    final Map<String, Long> documentFrequency = new HashMap<>();
    final List<EdgeRecord> edges = new ArrayList<>();
    final List<UnresolvedReference> pending = new ArrayList<>();
    final List<StoredChange> changes;
    long totalTokens;

    private final Map<String, FileRows> byPath = new TreeMap<>();
    private final Map<String, Map<String, List<Candidate>>> supertypes = new HashMap<>();

    private InMemoryReadModel(List<StoredChange> changes) {
        this.changes = List.copyOf(changes);
    }

    static InMemoryReadModel build(
            Collection<FileRows> files, List<StoredChange> changes, IdentifierAnalyzer analyzer) {
        InMemoryReadModel model = new InMemoryReadModel(changes);
        files.forEach(rows -> model.byPath.put(rows.file().path(), rows));
        for (FileRows rows : model.byPath.values()) {
            model.addRows(rows, analyzer);
        }
        model.resolveReferences();
        return model;
    }

    private void addRows(FileRows rows, IdentifierAnalyzer analyzer) {
        ParsedFile file = rows.file();
        boolean test = rows.meta().isTest();
        List<List<String>> attached = new ArrayList<>();
        file.chunks().forEach(chunk -> attached.add(new ArrayList<>()));
        for (int i = 0; i < file.symbols().size(); i++) {
            ParsedSymbol symbol = file.symbols().get(i);
            long id = rows.symbolIds().get(i);
            attached.get(symbol.chunkIndex()).add(symbol.name() + '\n' + symbol.qualifiedName());
            symbols.put(
                    id,
                    new SymbolRecord(
                            id,
                            rows.chunkIds().get(symbol.chunkIndex()),
                            file.path(),
                            symbol.name(),
                            symbol.qualifiedName(),
                            symbol.kind(),
                            symbol.startLine(),
                            symbol.endLine(),
                            symbol.signature(),
                            Optional.ofNullable(symbol.visibility()),
                            test));
        }
        for (int i = 0; i < file.chunks().size(); i++) {
            ParsedChunk chunk = file.chunks().get(i);
            long id = rows.chunkIds().get(i);
            chunks.put(
                    id,
                    new ChunkRecord(
                            id,
                            file.path(),
                            rows.meta().language(),
                            chunk.startLine(),
                            chunk.endLine(),
                            chunk.kind(),
                            Objects.requireNonNullElse(chunk.symbolName(), ""),
                            Objects.requireNonNullElse(chunk.qualifiedName(), ""),
                            Objects.requireNonNullElse(chunk.signature(), ""),
                            chunk.partGroupIndex() == ParsedChunk.NONE
                                    ? 0
                                    : rows.chunkIds().get(chunk.partGroupIndex()),
                            chunk.chunkIndex(),
                            chunk.content(),
                            chunk.tokenCount(),
                            test));
            List<String> names = new ArrayList<>();
            names.add(chunk.symbolName());
            names.add(chunk.qualifiedName());
            names.addAll(attached.get(i));
            addFts(id, FtsColumns.analyze(analyzer, names, file.path(), chunk.content()));
        }
    }

    private void addFts(long chunkId, FtsColumns columns) {
        String[] values = {columns.symbol(), columns.path(), columns.content(), columns.doc()};
        Map<String, Double> frequency = new HashMap<>();
        int length = 0;
        for (int column = 0; column < values.length; column++) {
            if (values[column].isEmpty()) {
                continue;
            }
            for (String term : values[column].split(" ")) {
                frequency.merge(term, COLUMN_WEIGHTS[column], Double::sum);
                length++;
            }
        }
        fts.put(chunkId, new FtsRow(frequency, length));
        totalTokens += length;
        frequency.keySet().forEach(term -> documentFrequency.merge(term, 1L, Long::sum));
    }

    /**
     * Resolves every file's references as IX-30 orders them (imports, then heritage, then the rest), each phase over
     * all files, so that tier 4's imported files and tier 1's supertypes are known when they are needed.
     */
    private void resolveReferences() {
        Lookup lookup = new Lookup();
        Map<String, Set<String>> importedFiles = new HashMap<>();
        Map<EdgeKey, Integer> edgeLines = new LinkedHashMap<>();
        long pendingId = 1;
        for (int phase = 0; phase < 3; phase++) {
            for (FileRows rows : byPath.values()) {
                ParsedFile file = rows.file();
                Set<String> imported = importedFiles.computeIfAbsent(file.path(), p -> new HashSet<>());
                for (ParsedReference reference : file.references()) {
                    if (phase(reference.kind()) != phase) {
                        continue;
                    }
                    ParsedSymbol owner = file.symbols().get(reference.ownerIndex());
                    long source = rows.symbolIds().get(reference.ownerIndex());
                    ReferenceQuery query = new ReferenceQuery(
                            file.path(),
                            rows.meta().language(),
                            Objects.requireNonNullElse(rows.meta().packageName(), ""),
                            owner.qualifiedName(),
                            owner.kind(),
                            reference.kind(),
                            reference.text(),
                            reference.target(),
                            reference.qualifier(),
                            reference.importQualifiedName(),
                            Set.copyOf(imported));
                    switch (new TieredReferenceResolver().resolve(query, lookup)) {
                        case Resolution.Edges found -> {
                            for (Candidate target : found.targets()) {
                                edgeLines.merge(
                                        new EdgeKey(source, target.symbolId(), reference.kind()),
                                        reference.line(),
                                        Math::min);
                                if (reference.kind() == EdgeKind.IMPORTS
                                        && (target.kind() == SymKind.FILE || target.kind() == SymKind.NAMESPACE)) {
                                    imported.add(target.path());
                                }
                                if (reference.kind() == EdgeKind.INHERITS || reference.kind() == EdgeKind.IMPLEMENTS) {
                                    supertypes
                                            .computeIfAbsent(file.path(), p -> new HashMap<>())
                                            .computeIfAbsent(owner.qualifiedName(), q -> new ArrayList<>())
                                            .add(target);
                                }
                            }
                        }
                        case Resolution.Pending none ->
                            pending.add(new UnresolvedReference(
                                    pendingId++,
                                    symbols.get(source),
                                    reference.line(),
                                    reference.target(),
                                    reference.text(),
                                    reference.kind()));
                    }
                }
            }
        }
        edgeLines.forEach((key, line) -> edges.add(new EdgeRecord(key.source(), key.target(), key.kind(), line)));
        edges.sort(Comparator.comparingLong(EdgeRecord::sourceId)
                .thenComparingLong(EdgeRecord::targetId)
                .thenComparing(edge -> edge.kind().wireName()));
    }

    private record EdgeKey(long source, long target, EdgeKind kind) {}

    private static int phase(EdgeKind kind) {
        return switch (kind) {
            case IMPORTS -> 0;
            case INHERITS, IMPLEMENTS -> 1;
            case CALLS, TYPE_REF -> 2;
        };
    }

    /** IX-30's view of the index for the resolver. */
    private final class Lookup implements CandidateLookup {
        @Override
        public List<Candidate> symbolsNamed(String name, Set<SymKind> kinds, Set<String> languages) {
            List<Candidate> found = new ArrayList<>();
            for (SymbolRecord symbol : symbols.values()) {
                if (!symbol.name().equals(name) || !kinds.contains(symbol.kind())) {
                    continue;
                }
                FileRows rows = byPath.get(symbol.filePath());
                if (!languages.contains(rows.meta().language())) {
                    continue;
                }
                found.add(new Candidate(
                        symbol.id(),
                        symbol.filePath(),
                        symbol.startLine(),
                        symbol.kind(),
                        symbol.qualifiedName(),
                        Objects.requireNonNullElse(rows.meta().packageName(), "")));
            }
            found.sort(Comparator.comparing(Candidate::path)
                    .thenComparingInt(Candidate::startLine)
                    .thenComparingLong(Candidate::symbolId));
            return found;
        }

        @Override
        public boolean fileExists(String path) {
            return byPath.containsKey(path);
        }

        @Override
        public List<String> filesIn(String directory) {
            List<String> found = new ArrayList<>();
            for (String path : byPath.keySet()) {
                int slash = path.lastIndexOf('/');
                String parent = slash < 0 ? "" : path.substring(0, slash);
                if (parent.equals(directory)) {
                    found.add(path);
                }
            }
            return found;
        }

        @Override
        public Optional<String> fileText(String path) {
            FileRows rows = byPath.get(path);
            if (rows == null) {
                return Optional.empty();
            }
            StringBuilder text = new StringBuilder();
            rows.file().chunks().forEach(chunk -> text.append(chunk.content()).append('\n'));
            return Optional.of(text.toString());
        }

        @Override
        public List<Candidate> supertypes(String path, String containerQualifiedName) {
            return supertypes.getOrDefault(path, Map.of()).getOrDefault(containerQualifiedName, List.of());
        }
    }

    /** The most recent change record of a path, by time then id. */
    Optional<StoredChange> latestChange(String path) {
        return changes.stream()
                .filter(change -> change.record().path().equals(path))
                .max(Comparator.comparing(
                                (StoredChange change) -> change.record().appliedAt())
                        .thenComparingLong(change -> change.record().id()));
    }

    /** Whether a record applied at {@code appliedAt} is inside a window starting at {@code since}. */
    static boolean inWindow(Instant appliedAt, Instant since) {
        return !appliedAt.isBefore(since);
    }
}
