package shaktiman.app.query;

import java.util.Objects;
import java.util.Optional;
import shaktiman.core.embed.EmbeddingSnapshot;
import shaktiman.core.tools.CircuitState;

/**
 * The structured content of {@code enrichment_status} (MCP-39). The embedding side ({@link EmbeddingSnapshot}) owns
 * every number but {@code staleFiles} and {@code notice}, which come from the live index; until the embed worker is
 * wired into the leader, it reports {@link #embeddingsOff}.
 *
 * @param provider the provider name, absent when embeddings are off
 * @param model the model id, absent when embeddings are off
 * @param embeddedChunks current chunks with a vector for the current model, at most {@code totalChunks}
 * @param embeddingPct 100 × embedded / total with one decimal, 0 with no chunks
 * @param pendingJobs chunks queued for a vector (the real queue depth), 0 when embeddings are off
 * @param inFlight chunks in the provider call now running
 * @param staleVectors stored vectors whose chunk no longer exists
 * @param staleFiles files known to differ from the index and not yet re-indexed
 * @param circuitState the provider's circuit, {@code DISABLED} when embeddings are off
 * @param lastError the last embedding failure, until a batch succeeds
 * @param notice the MI-10 notice whenever any scan runs
 */
public record EnrichmentStatus(
        boolean enabled,
        Optional<String> provider,
        Optional<String> model,
        long totalChunks,
        long embeddedChunks,
        double embeddingPct,
        long pendingJobs,
        long inFlight,
        long staleVectors,
        long staleFiles,
        CircuitState circuitState,
        Optional<String> lastError,
        Optional<String> notice) {

    public EnrichmentStatus {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(circuitState, "circuitState");
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(notice, "notice");
        if (embeddedChunks < 0 || embeddedChunks > totalChunks) {
            throw new IllegalArgumentException(
                    "embeddedChunks must be from 0 to totalChunks " + totalChunks + ", was " + embeddedChunks);
        }
        if (!(embeddingPct >= 0 && embeddingPct <= 100)) {
            throw new IllegalArgumentException("embeddingPct must be from 0 to 100, was " + embeddingPct);
        }
        if (pendingJobs < 0 || inFlight < 0 || staleVectors < 0 || staleFiles < 0) {
            throw new IllegalArgumentException("counts must not be negative: pendingJobs " + pendingJobs + ", inFlight "
                    + inFlight + ", staleVectors " + staleVectors + ", staleFiles " + staleFiles);
        }
    }

    /** The embedding side's numbers with the live index's stale files and notice. */
    public static EnrichmentStatus of(EmbeddingSnapshot embedding, long staleFiles, Optional<String> notice) {
        return new EnrichmentStatus(
                embedding.enabled(),
                embedding.provider(),
                embedding.model(),
                embedding.totalChunks(),
                embedding.embeddedChunks(),
                embedding.embeddingPct(),
                embedding.pendingJobs(),
                embedding.inFlight(),
                embedding.staleVectors(),
                staleFiles,
                embedding.circuitState(),
                embedding.lastError(),
                notice);
    }

    /** With embeddings off: nothing embedded, nothing queued, the circuit {@code disabled}. */
    public static EnrichmentStatus embeddingsOff(long totalChunks, long staleFiles, Optional<String> notice) {
        return of(EmbeddingSnapshot.disabled(totalChunks), staleFiles, notice);
    }
}
