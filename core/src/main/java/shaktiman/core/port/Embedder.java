package shaktiman.core.port;

import java.util.List;

/**
 * An embedding provider (IX-50): turns texts into fixed-length vectors for semantic search.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>{@link #embed} returns exactly one vector per text, in the order of the texts, each of length {@link #dims()},
 *       finite and L2-normalised (length 1 within float rounding). An empty list gives an empty list.
 *   <li>It blocks until the provider answers; there is no internal retry beyond what the provider defines (IX-50's
 *       batch halving for {@code ollama}) and no circuit breaker: callers wrap it (IX-56).
 *   <li>{@link #dims()}, {@link #modelId()} and {@link #provider()} are fixed for the life of the instance.
 *   <li>Thread-safe: the embed worker and the query path call it concurrently.
 *   <li>A failure is an {@link EmbedderException} whose {@link EmbedderException#kind() kind} says whether retrying
 *       can help (IX-56: permanent failures do not count against the breaker). After {@link #close()} (idempotent)
 *       {@link #embed} throws it with kind {@code PERMANENT}, saying the embedder is closed.
 * </ul>
 */
public interface Embedder extends AutoCloseable {

    /**
     * The vectors of {@code texts}, one per text, in order.
     *
     * @throws EmbedderException when the provider fails; nothing is returned for part of a batch
     */
    List<float[]> embed(List<String> texts);

    /** The length of every vector, 1–4096. */
    int dims();

    /** The model id, as in {@code enrichment_status.model} and the embedding fingerprint (IX-52). */
    String modelId();

    /** The {@code embedding.provider} name: {@code local}, {@code ollama} or {@code hashing}. */
    String provider();

    /** Releases the model or connections. Idempotent. */
    @Override
    void close();
}
