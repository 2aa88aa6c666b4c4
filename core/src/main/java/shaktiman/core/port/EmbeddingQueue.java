package shaktiman.core.port;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The embedding state of the index's chunks (IX-53: the database is the queue): which chunks wait for a vector, and
 * the marks the embed worker leaves once it has stored one or failed. Obtained from {@link IndexStore#embeddingQueue()}.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>Reads see committed data only and never block on the writer. Writes ({@link #markEmbedded},
 *       {@link #recordFailures}, {@link #resetEmbedded}, {@link #adoptFingerprint}) run on the store's single writer,
 *       each in its own transaction serialised with {@link IndexWriter#apply}; they throw {@link IndexStoreException}
 *       of kind {@code READ_ONLY} on a read-only store.
 *   <li>Ids that are not (or no longer) chunks are ignored by every write, never an error: a chunk may vanish while
 *       its vector is being computed.
 *   <li>Thread-safe. After the store is closed every method throws {@link IndexStoreException} of kind
 *       {@code CLOSED}.
 * </ul>
 */
public interface EmbeddingQueue {

    /**
     * The chunks due for embedding: {@code embedded = 0} and {@code next_embed_at} absent or not after {@code now},
     * with an id greater than {@code afterId}, ascending by id, at most {@code limit}.
     */
    List<EmbedCandidate> due(Instant now, long afterId, int limit);

    /** The totals of MCP-39, with {@link EmbeddingCounts#due()} counted as in {@link #due} at {@code now}. */
    EmbeddingCounts counts(Instant now);

    /** Every chunk id, ascending (IX-55). */
    long[] chunkIds();

    /** The ids of the chunks marked embedded, ascending (IX-55). */
    long[] embeddedChunkIds();

    /**
     * Marks these chunks embedded and clears their attempt count, error and retry time (IX-53 success).
     *
     * @return the ids that were marked: those that still exist as chunks
     */
    Set<Long> markEmbedded(Collection<Long> chunkIds);

    /**
     * Records a failed attempt for each chunk still waiting for a vector: attempts + 1, the error, and the time before
     * which it is not due again (IX-53 failure). A chunk is never marked embedded by this.
     */
    void recordFailures(Collection<EmbedFailure> failures);

    /**
     * Marks these chunks not embedded, so that they are embedded again (IX-55: the vector store lacks their vector).
     *
     * @return how many chunks changed from embedded to not embedded
     */
    int resetEmbedded(Collection<Long> chunkIds);

    /** The stored embedding fingerprint (IX-52); empty when none was adopted yet. */
    Optional<String> fingerprint();

    /**
     * Stores {@code fingerprint} as the embedding fingerprint. When it differs from the stored one (or none is
     * stored), the same transaction resets every chunk to not embedded, with no attempts, in one UPDATE (IX-52).
     *
     * @return whether the fingerprint differed and the chunks were reset
     */
    boolean adoptFingerprint(String fingerprint);
}
