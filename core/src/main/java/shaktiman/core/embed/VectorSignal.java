package shaktiman.core.embed;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import shaktiman.core.port.VectorHit;
import shaktiman.core.port.VectorStore;
import shaktiman.core.query.SemanticSignal;

/**
 * MCP-41's semantic signal over stored vectors: the query's vector (cached per model, prefix and query, MCP-45) scored
 * against the stored vector of each candidate, and the store's nearest chunks for MCP-26's vector retrieval. When the
 * query cannot be embedded (circuit open, provider failure) the signal is {@link Similarities.Unavailable} with the
 * reason, so search warns and stays keyword. Thread-safe as its parts are.
 *
 * <pre>{@code
 * SemanticSignal signal = new VectorSignal(semantic::queryVector, semantic.vectors());
 * }</pre>
 */
public final class VectorSignal implements SemanticSignal {
    private final Function<String, QueryVector> queryVectors;
    private final VectorStore vectors;

    /**
     * A signal embedding queries with {@code queryVectors} (e.g. {@link SemanticIndex#queryVector} or {@link
     * QueryVectors#vectorFor}) and scoring them against {@code vectors}.
     */
    public VectorSignal(Function<String, QueryVector> queryVectors, VectorStore vectors) {
        this.queryVectors = Objects.requireNonNull(queryVectors, "queryVectors");
        this.vectors = Objects.requireNonNull(vectors, "vectors");
    }

    @Override
    public Similarities similarities(String query, Collection<Long> chunkIds) {
        return switch (queryVectors.apply(query)) {
            case QueryVector.Available available ->
                new Similarities.Cosines(vectors.scores(available.vector(), chunkIds));
            case QueryVector.Unavailable unavailable -> new Similarities.Unavailable(unavailable.reason());
        };
    }

    @Override
    public List<VectorHit> nearest(String query, int k) {
        return switch (queryVectors.apply(query)) {
            case QueryVector.Available available -> vectors.search(available.vector(), k);
            case QueryVector.Unavailable unavailable -> List.of();
        };
    }
}
