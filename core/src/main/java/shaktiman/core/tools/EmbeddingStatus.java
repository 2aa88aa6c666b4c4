package shaktiman.core.tools;

import java.util.Objects;

/**
 * The embedding side of the index in brief (MCP-38 {@code embedding}).
 *
 * @param enabled whether embeddings are configured on
 * @param coveragePct the share of current chunks with a vector, 0 to 100
 * @param circuitState the provider's circuit; {@code DISABLED} when embeddings are off
 */
public record EmbeddingStatus(boolean enabled, double coveragePct, CircuitState circuitState) {

    public EmbeddingStatus {
        Objects.requireNonNull(circuitState, "circuitState");
        if (!(coveragePct >= 0 && coveragePct <= 100)) {
            throw new IllegalArgumentException("coveragePct must be from 0 to 100; got " + coveragePct);
        }
    }

    /** Embeddings switched off. */
    public static EmbeddingStatus disabled() {
        return new EmbeddingStatus(false, 0, CircuitState.DISABLED);
    }
}
