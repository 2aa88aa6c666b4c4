package shaktiman.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The persistent code index of one project: files, chunks, symbols, edges and the records that describe them.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>An instance is opened either for writing (the lock holder: it runs migrations and owns the single writer) or
 *       read-only (CLI read commands: no migration, no file created, query-only). Reads see committed data only and
 *       are never blocked by a writer.
 *   <li>Methods are thread-safe. After {@link #close()} (idempotent) every method throws {@link IndexStoreException}
 *       saying the store is closed.
 *   <li>Every failure is an {@link IndexStoreException} whose message names the operation and the database path; the
 *       library exception is kept as the cause and never leaves the adapter.
 * </ul>
 */
public interface IndexStore extends AutoCloseable {

    /** Counts for {@code summary} and {@code status}, from committed data. */
    IndexCounts counts();

    /**
     * IX-68's statistics: the {@link #counts()} and every breakdown of {@link IndexStatistics}, all from one read
     * transaction of committed data.
     */
    IndexStatistics statistics();

    /**
     * The recorded tool calls (MCP-47) that started at or after {@code since}, oldest first (ties in the order they
     * were appended), for MCP-54's usage view. Times are compared at the store's millisecond precision.
     */
    List<ToolCallSample> toolCallsSince(Instant since);

    /** Whether a full index has completed for the current index fingerprint (the completion record, MI-10). */
    boolean fullIndexCompleted();

    /** The highest applied schema migration version. */
    int schemaVersion();

    /**
     * The stamp of every stored file, by path, from committed data (IX-10 change detection).
     *
     * <p>One read, sized by the number of files; safe to call while the writer runs.
     */
    Map<String, FileStamp> storedFiles();

    /**
     * The path of every {@code skipped_files} row (IX-9), from committed data, so that a scan can drop the rows of
     * files it no longer finds. Safe to call while the writer runs.
     */
    Set<String> skippedPaths();

    /** The stored index fingerprint (IX-40); empty for a fresh store. */
    Optional<String> fingerprint();

    /** The stored test-patterns fingerprint (IX-39); empty until {@link IndexWriter#reclassifyTests} first runs. */
    Optional<String> testPatternsFingerprint();

    /**
     * The store's single writer; every call returns the same instance.
     *
     * @throws IndexStoreException of kind {@code READ_ONLY} when the store was opened read-only, {@code CLOSED}
     *     after close
     */
    IndexWriter writer();

    /** The query side of the index (mcp-tools §2); every call returns the same instance, also for read-only stores. */
    IndexReader reader();

    /**
     * The embedding state of the chunks (IX-53): the queue the embed worker pulls from and marks. Every call returns
     * the same instance; its writes throw {@code READ_ONLY} on a read-only store.
     */
    EmbeddingQueue embeddingQueue();

    /** Closes every connection; a writer checkpoints the WAL first. Idempotent. */
    @Override
    void close();
}
