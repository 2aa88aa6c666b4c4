package shaktiman.core.port;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The chunk vectors of one project, by chunk id, searched by cosine similarity (IX-57).
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>Every vector has length {@link #dims()}. A wrong length, a NaN or infinite component, an all-zero vector, a
 *       duplicate id in one call or lists of different sizes are an {@link IllegalArgumentException} naming the
 *       argument, and a rejected {@link #upsert} changes nothing.
 *   <li>Scores are cosines in [−1, 1]: the store may normalise vectors on insert, so scaling a vector changes nothing.
 *   <li>Thread-safe: searches run concurrently with each other and with saves; changes are atomic per call.
 *   <li>Persistence is explicit: {@link #save()} writes the current state, {@link #load()} replaces the contents with
 *       the saved state. A saved state that fails the store's checks is never fatal: it is reported as
 *       {@link VectorLoad.Rejected}, logged at WARN as {@code vector file rejected: <reason>}, and leaves the store
 *       empty.
 *   <li>{@link #close()} is idempotent and does not save; afterwards every other method throws
 *       {@link VectorStoreException} of kind {@code CLOSED}.
 * </ul>
 */
public interface VectorStore extends AutoCloseable {

    /** The length of every stored vector and query. */
    int dims();

    /**
     * Inserts or replaces the vector of each id; {@code ids.get(i)} gets {@code vectors.get(i)}. The whole batch is
     * validated before anything changes.
     */
    void upsert(List<Long> ids, List<float[]> vectors);

    /** Removes the vectors of these ids; ids without a vector are ignored, so it is idempotent. */
    void delete(Collection<Long> ids);

    /** Removes every vector (IX-52: the embedding fingerprint changed). */
    void clear();

    /** Whether {@code id} has a vector. */
    boolean has(long id);

    /** The number of live vectors. */
    long count();

    /** Every id with a vector, ascending: a snapshot, not a view. */
    long[] ids();

    /**
     * The cosine of {@code query} with the stored vector of each of {@code ids} that has one (MCP-41 scores lexical
     * candidates this way); ids without a vector are left out.
     *
     * @throws IllegalArgumentException when the query has the wrong length or a non-finite component
     */
    Map<Long, Double> scores(float[] query, Collection<Long> ids);

    /**
     * The {@code k} stored vectors most similar to {@code query}: best first, ties broken by the smaller id. A
     * {@code k} of 0 or less, or an empty store, gives an empty list.
     *
     * @throws IllegalArgumentException when the query has the wrong length or a non-finite component
     */
    List<VectorHit> search(float[] query, int k);

    /**
     * Saves the current state if it changed since the last save or load; otherwise does nothing. A failed save leaves
     * the previous saved state intact.
     *
     * @return whether anything was written
     * @throws VectorStoreException of kind {@code IO} when writing fails
     */
    boolean save();

    /**
     * Replaces the contents with the last saved state.
     *
     * @return what was found; never throws for a missing or invalid saved state
     */
    VectorLoad load();

    /** Releases the store's memory and files, without saving. Idempotent. */
    @Override
    void close();
}
