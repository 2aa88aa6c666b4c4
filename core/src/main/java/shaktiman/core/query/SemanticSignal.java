package shaktiman.core.query;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;

/**
 * The seam to the embedding side (MCP-41's semantic signal): the cosine similarity between the query and each chunk's
 * stored vector. Implementations are thread-safe and may block on embedding the query.
 */
@FunctionalInterface
public interface SemanticSignal {

    /** A signal for a leader with embeddings off: never available, and no warning. */
    SemanticSignal DISABLED = (query, chunkIds) -> new Similarities.Disabled();

    /**
     * The cosine of the query's vector with each of these chunks' vectors; a chunk with no vector yet is left out of
     * the map (its signal is then unavailable, MCP-42).
     */
    Similarities similarities(String query, Collection<Long> chunkIds);

    /** The outcome of {@link #similarities}. */
    sealed interface Similarities {
        /** Embeddings are off: keyword results, no warning. */
        record Disabled() implements Similarities {}

        /** Embeddings are on but failed or are not ready for this query: MCP-45's warning gives the reason. */
        record Unavailable(String reason) implements Similarities {
            public Unavailable {
                Objects.requireNonNull(reason, "reason");
            }
        }

        /** Cosines by chunk id, each in [-1, 1]. */
        record Cosines(Map<Long, Double> byChunk) implements Similarities {
            public Cosines {
                byChunk = Map.copyOf(byChunk);
            }
        }
    }
}
