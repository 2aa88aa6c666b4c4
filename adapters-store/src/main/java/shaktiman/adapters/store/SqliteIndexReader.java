package shaktiman.adapters.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import shaktiman.core.model.EdgeKind;
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
 * Implements {@link IndexReader} with SQLite: every call is one read transaction on a connection borrowed from the
 * store's reader pool, with a few prepared statements and no statement per id ({@code IN} batches of
 * {@link ReadRows#IN_BATCH}).
 */
final class SqliteIndexReader implements IndexReader {
    /** Whatever a read runs on its borrowed connection. */
    @FunctionalInterface
    private interface Query<T> {
        T run(Sql sql) throws SQLException;
    }

    private final SqliteIndexStore store;
    private final ReaderPool readers;
    private final TermScoreCache termScores = new TermScoreCache();
    private final TermStatisticsCache termStatistics = new TermStatisticsCache();
    /**
     * Each pooled connection's prepared statements, kept across calls: preparing cost about a tenth of a query's time.
     * {@code IN} lists are {@link ReadRows#padded padded}, so the texts are few; past {@link #MAX_STATEMENTS} they are
     * all closed. The connections close them when the store closes.
     */
    private final Map<Connection, Sql> statements = new ConcurrentHashMap<>();

    /** More statements than the reader's queries have texts for (each IN list has 11), yet a bound. */
    static final int MAX_STATEMENTS = 256;

    /** Reads through {@code readers} while {@code store} is open; after its close every call throws CLOSED. */
    SqliteIndexReader(SqliteIndexStore store, ReaderPool readers) {
        this.store = store;
        this.readers = readers;
    }

    @Override
    public List<LexicalHit> lexical(Collection<String> terms, ChunkFilter filter, int limit) {
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(filter, "filter");
        requirePositive(limit);
        long sequence = store.commitSequence();
        if (sequence >= 0 && sequence % 2 == 0 && Bm25Sums.additive()) {
            Map<String, TermScores> read = new HashMap<>();
            List<LexicalHit> hits = read(
                    "search the full text of",
                    sql -> FullTextQueries.lexicalBySums(
                            sql, terms, filter, limit, term -> termScores.get(sequence, term), read));
            // The cached scores are of the state at `sequence`: the answer holds if no commit began since.
            if (store.commitSequence() == sequence) {
                termScores.putAll(sequence, read);
                return hits;
            }
        }
        return read("search the full text of", sql -> FullTextQueries.lexical(sql, terms, filter, limit));
    }

    @Override
    public TermStatistics termStatistics(Collection<String> terms) {
        Objects.requireNonNull(terms, "terms");
        long sequence = store.commitSequence();
        if (sequence >= 0 && sequence % 2 == 0) {
            Map<String, Long> frequencies = new HashMap<>();
            List<String> missing = new ArrayList<>();
            for (String term : terms) {
                Long frequency = termStatistics.frequency(sequence, term);
                if (frequency == null) {
                    missing.add(term);
                } else {
                    frequencies.put(term, frequency);
                }
            }
            OptionalLong cachedCount = termStatistics.chunkCount(sequence);
            if (missing.isEmpty() && cachedCount.isPresent()) {
                return new TermStatistics(cachedCount.getAsLong(), frequencies);
            }
            long[] chunks = {cachedCount.orElse(-1)};
            Map<String, Long> read = read("read term statistics of", sql -> {
                if (chunks[0] < 0) {
                    chunks[0] = FullTextQueries.chunkCount(sql);
                }
                return FullTextQueries.frequencies(sql, missing);
            });
            // The cached figures are of the state at `sequence`: they combine with these if no commit began since.
            if (store.commitSequence() == sequence) {
                termStatistics.put(sequence, chunks[0], read);
                frequencies.putAll(read);
                return new TermStatistics(chunks[0], frequencies);
            }
        }
        return read("read term statistics of", sql -> FullTextQueries.termStatistics(sql, terms));
    }

    @Override
    public Map<Long, ChunkRecord> chunks(Collection<Long> chunkIds) {
        Objects.requireNonNull(chunkIds, "chunkIds");
        return read("read chunks of", sql -> RowQueries.chunks(sql, chunkIds));
    }

    @Override
    public List<ChunkRecord> partGroups(Collection<Long> partGroups) {
        Objects.requireNonNull(partGroups, "partGroups");
        return read("read split parts of", sql -> RowQueries.partGroups(sql, partGroups));
    }

    @Override
    public Map<Long, SymbolRecord> symbols(Collection<Long> symbolIds) {
        Objects.requireNonNull(symbolIds, "symbolIds");
        return read("read symbols of", sql -> RowQueries.symbols(sql, symbolIds));
    }

    @Override
    public List<SymbolRecord> symbolsOfChunks(Collection<Long> chunkIds) {
        Objects.requireNonNull(chunkIds, "chunkIds");
        return read("read the symbols of chunks of", sql -> RowQueries.symbolsOfChunks(sql, chunkIds));
    }

    @Override
    public List<SymbolRecord> symbolsNamed(String name, SymbolFilter filter, int limit) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(filter, "filter");
        requirePositive(limit);
        return read(
                "find symbols named \"" + name + "\" in", sql -> GraphQueries.symbolsNamed(sql, name, filter, limit));
    }

    @Override
    public List<EdgeRecord> edges(Collection<Long> symbolIds, boolean outgoing, Set<EdgeKind> kinds) {
        Objects.requireNonNull(symbolIds, "symbolIds");
        Objects.requireNonNull(kinds, "kinds");
        return read(
                outgoing ? "read outgoing edges of" : "read incoming edges of",
                sql -> GraphQueries.edges(sql, symbolIds, outgoing, kinds));
    }

    @Override
    public List<UnresolvedReference> unresolvedReferencesTo(String name, ChunkFilter filter, int limit) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(filter, "filter");
        requirePositive(limit);
        return read(
                "read unresolved references to \"" + name + "\" in",
                sql -> GraphQueries.unresolvedReferencesTo(sql, name, filter, limit));
    }

    @Override
    public List<UnresolvedReference> unresolvedReferencesFrom(Collection<Long> symbolIds, Set<EdgeKind> kinds) {
        Objects.requireNonNull(symbolIds, "symbolIds");
        Objects.requireNonNull(kinds, "kinds");
        return read(
                "read unresolved references of symbols in",
                sql -> GraphQueries.unresolvedReferencesFrom(sql, symbolIds, kinds));
    }

    @Override
    public List<ChangeRecord> changesSince(Instant since, String pathPrefix) {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(pathPrefix, "pathPrefix");
        return read(
                "read change records since " + since + " of",
                sql -> ChangeQueries.changesSince(sql, since, pathPrefix));
    }

    @Override
    public Map<String, LatestChange> latestChanges(Collection<String> paths) {
        Objects.requireNonNull(paths, "paths");
        return read("read latest change records of", sql -> ChangeQueries.latestChanges(sql, paths));
    }

    @Override
    public Optional<Instant> lastChangeAt() {
        return read("read the newest change record's time of", ChangeQueries::lastChangeAt);
    }

    private <T> T read(String operation, Query<T> query) {
        return store.whileOpen(() -> readers.snapshot(operation, connection -> {
            // A borrowed connection is this thread's alone, and so are its statements until the call returns.
            Sql sql = statements.computeIfAbsent(connection, Sql::new);
            if (sql.prepared() > MAX_STATEMENTS) {
                sql.close(); // between calls, so no statement of a running query is closed
            }
            return query.run(sql);
        }));
    }

    private static void requirePositive(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
    }
}
