package shaktiman.core.embed;

import java.util.Objects;

/** The vector of a search query, or why the semantic signal is unavailable for it (MCP-45). */
public sealed interface QueryVector {

    /** The query's vector, of the embedder's dims. */
    record Available(float[] vector) implements QueryVector {
        public Available {
            Objects.requireNonNull(vector, "vector");
        }
    }

    /** No vector: {@code reason} completes MCP-45's warning {@code Semantic search unavailable: <reason>; …}. */
    record Unavailable(String reason) implements QueryVector {
        public Unavailable {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
