package shaktiman.core.port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.model.SymKind;

/**
 * The query side of the index: what the query engine (mcp-tools §2, §3) reads, from committed data only.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>Thread-safe; each call is one read transaction on its own pooled connection, never blocked by the writer.
 *   <li>Every filter ({@link ChunkFilter}) applies inside retrieval, before any limit (MCP-24).
 *   <li>Results are deterministic for one index state: every list has the order its method states, ending in a total
 *       tie-break.
 *   <li>Ids passed in that no longer exist are left out of the answer, never an error.
 *   <li>Every failure is an {@link IndexStoreException} naming the operation and the database path; after the owning
 *       store is closed every method throws it with kind {@code CLOSED}.
 * </ul>
 */
public interface IndexReader {

    /**
     * The chunks matching any of {@code terms} in the full-text index, best first, at most {@code limit}.
     *
     * <p>Terms are analyzer output (MCP-40) and are matched as whole terms, never as FTS5 syntax: a term holding
     * {@code "}, {@code *} or {@code NEAR(} is just a term. A term matches a chunk when it equals one of the chunk's
     * stored terms, case-sensitively, so a term that is not analyzer output (upper case, or holding punctuation or
     * spaces) matches nothing and is never an error. The score is BM25 of the OR of the terms with field
     * weights symbol 4, path 2, content 1, doc 0.5 (MCP-41, MCP-51), larger is better; ties by chunk id ascending.
     * {@link LexicalHit#matchedTerms()} lists which of {@code terms} occur in the chunk (any field).
     *
     * @throws IllegalArgumentException when {@code limit} is below 1
     */
    List<LexicalHit> lexical(Collection<String> terms, ChunkFilter filter, int limit);

    /** The number of chunks holding each term (terms absent from the index map to 0), and N, for MCP-41's idf. */
    TermStatistics termStatistics(Collection<String> terms);

    /** The chunks with these ids, by id. */
    Map<Long, ChunkRecord> chunks(Collection<Long> chunkIds);

    /** Every chunk of these part groups (IX-22 split parts), ordered by group, then start line, then id. */
    List<ChunkRecord> partGroups(Collection<Long> partGroups);

    /** The symbols with these ids, by id. */
    Map<Long, SymbolRecord> symbols(Collection<Long> symbolIds);

    /**
     * The symbols whose defining chunk is one of these, ordered by chunk id, then start line, then id; a file's
     * first chunk also holds its {@code file} symbol (IX-27).
     */
    List<SymbolRecord> symbolsOfChunks(Collection<Long> chunkIds);

    /**
     * The symbols answering a name argument (MCP-22, MCP-32): without {@code .}, those whose name equals {@code name}
     * (case-sensitive); with {@code .}, those whose qualified name equals it or ends with {@code "." + name}
     * (segment-aligned suffix). The per-file {@code file} symbols are never returned. Ordered by path, start line,
     * id; at most {@code limit}.
     *
     * @throws IllegalArgumentException when {@code limit} is below 1
     */
    List<SymbolRecord> symbolsNamed(String name, SymbolFilter filter, int limit);

    /**
     * The resolved edges leaving ({@code outgoing}) or entering these symbols, of the given kinds (all when empty),
     * ordered by source id, target id, kind (in {@link EdgeKind}'s declaration order).
     */
    List<EdgeRecord> edges(Collection<Long> symbolIds, boolean outgoing, Set<EdgeKind> kinds);

    /**
     * The unresolved references (IX-31's pending rows) whose target name is {@code name} (its last {@code .} segment
     * when qualified), with the referring symbol, ordered by path, line, id; at most {@code limit}. The filter
     * applies to the referring symbol's file.
     *
     * @throws IllegalArgumentException when {@code limit} is below 1
     */
    List<UnresolvedReference> unresolvedReferencesTo(String name, ChunkFilter filter, int limit);

    /**
     * The unresolved references held by these symbols, of the given kinds (all when empty), ordered by source, line,
     * id.
     */
    List<UnresolvedReference> unresolvedReferencesFrom(Collection<Long> symbolIds, Set<EdgeKind> kinds);

    /**
     * The change records (MCP-36) applied at or after {@code since}, with their symbols, newest first (ties by path,
     * then id), filtered by {@code pathPrefix} (empty = all; a path matches itself or anything under it as a
     * directory; for renames the new path decides). Records are stamped by the store's clock to the millisecond, and
     * {@code since} is compared with those stamps. Each record's symbols keep the order they were written in.
     */
    List<ChangeRecord> changesSince(Instant since, String pathPrefix);

    /**
     * For each of these paths that has change records, its most recent one's time and chunk ids (MCP-41 change); of
     * records with equal times, the one written last.
     */
    Map<String, LatestChange> latestChanges(Collection<String> paths);

    /**
     * The time of the newest change record (IX-49), empty when there is none; cheap enough for every {@code summary}
     * call (MCP-38's {@code last_change_at}), and the same in every process reading this index (MI-11).
     */
    Optional<Instant> lastChangeAt();

    /**
     * A filter on chunks by the path and test classification of their file (MCP-23, MCP-24). {@code pathPrefix} is a
     * normalised project-relative path (no leading {@code ./} or trailing {@code /}) compared case-sensitively; empty
     * keeps every path.
     */
    record ChunkFilter(String pathPrefix, TestScope scope) {
        public static final ChunkFilter ALL = new ChunkFilter("", TestScope.ALL);

        public ChunkFilter {
            Objects.requireNonNull(pathPrefix, "pathPrefix");
            Objects.requireNonNull(scope, "scope");
        }
    }

    /** Filters of {@link #symbolsNamed}: kind is empty for any kind. */
    record SymbolFilter(ChunkFilter chunks, Optional<SymKind> kind) {
        public SymbolFilter {
            Objects.requireNonNull(chunks, "chunks");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** MCP-23's scope. */
    enum TestScope {
        IMPL,
        TEST,
        ALL
    }
}
