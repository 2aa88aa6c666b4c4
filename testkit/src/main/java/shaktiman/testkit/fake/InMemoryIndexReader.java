package shaktiman.testkit.fake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.model.SymKind;
import shaktiman.core.port.ChangeRecord;
import shaktiman.core.port.ChunkRecord;
import shaktiman.core.port.EdgeRecord;
import shaktiman.core.port.IndexReader;
import shaktiman.core.port.LatestChange;
import shaktiman.core.port.LexicalHit;
import shaktiman.core.port.SymbolRecord;
import shaktiman.core.port.TermStatistics;
import shaktiman.core.port.UnresolvedReference;

/**
 * The fake's {@link IndexReader}: answers from an {@link InMemoryReadModel} of the store's committed state, and scores
 * full-text matches exactly as SQLite FTS5's {@code bm25()} does (k1 = 1.2, b = 0.75, column weights applied to term
 * frequencies, idf = ln((N − n + 0.5)/(n + 0.5)) with 1e-6 when not positive, row length over all columns), negated
 * so that larger is better.
 */
final class InMemoryIndexReader implements IndexReader {
    private static final double K1 = 1.2;
    private static final double B = 0.75;
    private static final double MIN_IDF = 1e-6;

    private final Supplier<InMemoryReadModel> model;

    /** A reader over the model {@code model} supplies; the supplier throws once the store is closed. */
    InMemoryIndexReader(Supplier<InMemoryReadModel> model) {
        this.model = model;
    }

    @Override
    public List<LexicalHit> lexical(Collection<String> terms, ChunkFilter filter, int limit) {
        InMemoryReadModel m = model.get();
        Set<String> query = new LinkedHashSet<>(terms);
        long rows = m.fts.size();
        if (query.isEmpty() || rows == 0 || limit <= 0) {
            return List.of();
        }
        double averageLength = (double) m.totalTokens / rows;
        Map<String, Double> idf = new HashMap<>();
        for (String term : query) {
            long hits = m.documentFrequency.getOrDefault(term, 0L);
            double value = Math.log((rows - hits + 0.5) / (hits + 0.5));
            idf.put(term, value <= 0 ? MIN_IDF : value);
        }
        List<LexicalHit> found = new ArrayList<>();
        for (Map.Entry<Long, InMemoryReadModel.FtsRow> entry : m.fts.entrySet()) {
            InMemoryReadModel.FtsRow row = entry.getValue();
            Set<String> matched = new LinkedHashSet<>();
            double score = 0;
            for (String term : query) {
                Double frequency = row.weightedFrequency().get(term);
                if (frequency == null) {
                    continue;
                }
                matched.add(term);
                score += idf.get(term)
                        * (frequency * (K1 + 1))
                        / (frequency + K1 * (1 - B + B * row.length() / averageLength));
            }
            if (matched.isEmpty()) {
                continue;
            }
            ChunkRecord chunk = m.chunks.get(entry.getKey());
            if (chunk != null && passes(filter, chunk.filePath(), chunk.isTest())) {
                found.add(new LexicalHit(entry.getKey(), score, matched));
            }
        }
        found.sort(Comparator.comparingDouble((LexicalHit hit) -> -hit.bm25()).thenComparingLong(LexicalHit::chunkId));
        return List.copyOf(found.subList(0, Math.min(limit, found.size())));
    }

    @Override
    public TermStatistics termStatistics(Collection<String> terms) {
        InMemoryReadModel m = model.get();
        Map<String, Long> frequency = new HashMap<>();
        for (String term : terms) {
            frequency.put(term, m.documentFrequency.getOrDefault(term, 0L));
        }
        return new TermStatistics(m.fts.size(), frequency);
    }

    @Override
    public Map<Long, ChunkRecord> chunks(Collection<Long> chunkIds) {
        InMemoryReadModel m = model.get();
        Map<Long, ChunkRecord> found = new LinkedHashMap<>();
        for (long id : new java.util.TreeSet<>(chunkIds)) {
            ChunkRecord chunk = m.chunks.get(id);
            if (chunk != null) {
                found.put(id, chunk);
            }
        }
        return found;
    }

    @Override
    public List<ChunkRecord> partGroups(Collection<Long> partGroups) {
        InMemoryReadModel m = model.get();
        Set<Long> groups = new HashSet<>(partGroups);
        return m.chunks.values().stream()
                .filter(chunk -> chunk.partGroup() != 0 && groups.contains(chunk.partGroup()))
                .sorted(Comparator.comparingLong(ChunkRecord::partGroup)
                        .thenComparingInt(ChunkRecord::startLine)
                        .thenComparingLong(ChunkRecord::id))
                .toList();
    }

    @Override
    public Map<Long, SymbolRecord> symbols(Collection<Long> symbolIds) {
        InMemoryReadModel m = model.get();
        Map<Long, SymbolRecord> found = new LinkedHashMap<>();
        for (long id : new java.util.TreeSet<>(symbolIds)) {
            SymbolRecord symbol = m.symbols.get(id);
            if (symbol != null) {
                found.put(id, symbol);
            }
        }
        return found;
    }

    @Override
    public List<SymbolRecord> symbolsOfChunks(Collection<Long> chunkIds) {
        Set<Long> wanted = new HashSet<>(chunkIds);
        return model.get().symbols.values().stream()
                .filter(symbol -> wanted.contains(symbol.chunkId()))
                .sorted(Comparator.comparingLong(SymbolRecord::chunkId)
                        .thenComparingInt(SymbolRecord::startLine)
                        .thenComparingLong(SymbolRecord::id))
                .toList();
    }

    @Override
    public List<SymbolRecord> symbolsNamed(String name, SymbolFilter filter, int limit) {
        boolean qualified = name.contains(".");
        return model.get().symbols.values().stream()
                .filter(symbol -> symbol.kind() != SymKind.FILE)
                .filter(symbol -> qualified
                        ? symbol.qualifiedName().equals(name)
                                || symbol.qualifiedName().endsWith("." + name)
                        : symbol.name().equals(name))
                .filter(symbol ->
                        filter.kind().map(kind -> kind == symbol.kind()).orElse(true))
                .filter(symbol -> passes(filter.chunks(), symbol.filePath(), symbol.isTest()))
                .sorted(Comparator.comparing(SymbolRecord::filePath)
                        .thenComparingInt(SymbolRecord::startLine)
                        .thenComparingLong(SymbolRecord::id))
                .limit(Math.max(0, limit))
                .toList();
    }

    @Override
    public List<EdgeRecord> edges(Collection<Long> symbolIds, boolean outgoing, Set<EdgeKind> kinds) {
        Set<Long> wanted = new HashSet<>(symbolIds);
        return model.get().edges.stream()
                .filter(edge -> wanted.contains(outgoing ? edge.sourceId() : edge.targetId()))
                .filter(edge -> kinds.isEmpty() || kinds.contains(edge.kind()))
                .toList();
    }

    @Override
    public List<UnresolvedReference> unresolvedReferencesTo(String name, ChunkFilter filter, int limit) {
        String target = name.substring(name.lastIndexOf('.') + 1);
        return model.get().pending.stream()
                .filter(reference -> reference.targetName().equals(target))
                .filter(reference -> passes(
                        filter,
                        reference.source().filePath(),
                        reference.source().isTest()))
                .sorted(Comparator.comparing((UnresolvedReference reference) ->
                                reference.source().filePath())
                        .thenComparingInt(UnresolvedReference::line)
                        .thenComparingLong(UnresolvedReference::id))
                .limit(Math.max(0, limit))
                .toList();
    }

    @Override
    public List<UnresolvedReference> unresolvedReferencesFrom(Collection<Long> symbolIds, Set<EdgeKind> kinds) {
        Set<Long> wanted = new HashSet<>(symbolIds);
        return model.get().pending.stream()
                .filter(reference -> wanted.contains(reference.source().id()))
                .filter(reference -> kinds.isEmpty() || kinds.contains(reference.kind()))
                .sorted(Comparator.comparingLong((UnresolvedReference reference) ->
                                reference.source().id())
                        .thenComparingInt(UnresolvedReference::line)
                        .thenComparingLong(UnresolvedReference::id))
                .toList();
    }

    @Override
    public List<ChangeRecord> changesSince(Instant since, String pathPrefix) {
        return model.get().changes.stream()
                .map(InMemoryReadModel.StoredChange::record)
                .filter(record -> InMemoryReadModel.inWindow(record.appliedAt(), since))
                .filter(record -> matchesPath(record.path(), pathPrefix))
                .sorted(Comparator.comparing(ChangeRecord::appliedAt)
                        .reversed()
                        .thenComparing(ChangeRecord::path)
                        .thenComparingLong(ChangeRecord::id))
                .toList();
    }

    @Override
    public Map<String, LatestChange> latestChanges(Collection<String> paths) {
        InMemoryReadModel m = model.get();
        Map<String, LatestChange> latest = new HashMap<>();
        for (String path : new LinkedHashSet<>(paths)) {
            m.latestChange(path)
                    .ifPresent(change ->
                            latest.put(path, new LatestChange(change.record().appliedAt(), change.chunkIds())));
        }
        return latest;
    }

    @Override
    public Optional<Instant> lastChangeAt() {
        return model.get().changes.stream()
                .map(change -> change.record().appliedAt())
                .max(Comparator.naturalOrder());
    }

    private static boolean passes(ChunkFilter filter, String path, boolean isTest) {
        boolean scoped = switch (filter.scope()) {
            case IMPL -> !isTest;
            case TEST -> isTest;
            case ALL -> true;
        };
        return scoped && matchesPath(path, filter.pathPrefix());
    }

    /** MCP-24: the path itself or anything under it as a directory; empty matches everything. */
    private static boolean matchesPath(String path, String prefix) {
        return prefix.isEmpty() || path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
