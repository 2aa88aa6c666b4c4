package shaktiman.core.embed;

import java.util.Objects;
import java.util.Optional;
import shaktiman.core.tools.CircuitState;

/**
 * The numbers of {@code enrichment_status} (MCP-39) that the embedding side owns; {@code stale_files} comes from the
 * live index.
 *
 * @param enabled whether embeddings are on
 * @param provider the provider name, empty when off
 * @param model the model id, empty when off
 * @param totalChunks every chunk
 * @param embeddedChunks chunks with a vector for the current model, never more than {@code totalChunks}
 * @param embeddingPct 100 × embedded / total with one decimal, 0 with no chunks
 * @param pendingJobs chunks due for a vector (the real queue depth), 0 when off
 * @param inFlight chunks in the provider call now running
 * @param staleVectors vectors of removed chunks not yet deleted
 * @param circuitState the breaker's state, {@code DISABLED} when off
 * @param lastError the last batch failure, until a batch succeeds
 */
public record EmbeddingSnapshot(
        boolean enabled,
        Optional<String> provider,
        Optional<String> model,
        long totalChunks,
        long embeddedChunks,
        double embeddingPct,
        long pendingJobs,
        int inFlight,
        int staleVectors,
        CircuitState circuitState,
        Optional<String> lastError) {

    public EmbeddingSnapshot {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(circuitState, "circuitState");
        Objects.requireNonNull(lastError, "lastError");
        if (embeddedChunks > totalChunks) {
            throw new IllegalArgumentException(
                    "embeddedChunks " + embeddedChunks + " exceeds totalChunks " + totalChunks);
        }
    }

    /** The snapshot with embeddings switched off: no provider, nothing pending, circuit {@code disabled}. */
    public static EmbeddingSnapshot disabled(long totalChunks) {
        return new EmbeddingSnapshot(
                false,
                Optional.empty(),
                Optional.empty(),
                totalChunks,
                0,
                0,
                0,
                0,
                0,
                CircuitState.DISABLED,
                Optional.empty());
    }

    /** 100 × {@code embedded} / {@code total}, rounded half up to one decimal; 0 when {@code total} is 0. */
    public static double percent(long embedded, long total) {
        if (total <= 0) {
            return 0;
        }
        return Math.round(1000.0 * Math.min(embedded, total) / total) / 10.0;
    }
}
