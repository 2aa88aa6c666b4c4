package shaktiman.core.query;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import shaktiman.core.port.VectorHit;

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

    /**
     * The {@code k} chunks whose vectors are most similar to the query's, best first, ties by the smaller id (MCP-26
     * step 2's vector retrieval). Empty when the signal is not available for this query, when no chunk has a vector,
     * or when {@code k} is 0 or less; ids of chunks removed since may appear and are left out by the caller. This
     * default, for signals that only score given chunks, retrieves nothing.
     */
    default List<VectorHit> nearest(String query, int k) {
        return List.of();
    }

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
