package shaktiman.core.query;

import java.util.Objects;

/**
 * The configuration the engine reads once, at construction.
 *
 * @param weights MCP-42's weights
 * @param similarityFloor f of MCP-41's semantic signal ({@code embedding.similarity_floor}, 0–0.95)
 * @param searchMinScore {@code search.min_score}, the {@code min_score} of context's candidates (MCP-30)
 * @param maxOutputTokens {@code mcp.max_output_tokens} (MCP-17)
 */
public record QuerySettings(
        RankingWeights weights, double similarityFloor, double searchMinScore, int maxOutputTokens) {

    /** The spec's defaults. */
    public static final QuerySettings DEFAULTS = new QuerySettings(RankingWeights.DEFAULTS, 0.3, 0.15, 25_000);

    public QuerySettings {
        Objects.requireNonNull(weights, "weights");
        if (!(similarityFloor >= 0 && similarityFloor <= 0.95)) {
            throw new IllegalArgumentException("similarityFloor must be from 0 to 0.95, was " + similarityFloor);
        }
        if (!(searchMinScore >= 0 && searchMinScore <= 1)) {
            throw new IllegalArgumentException("searchMinScore must be from 0 to 1, was " + searchMinScore);
        }
        if (maxOutputTokens < 1) {
            throw new IllegalArgumentException("maxOutputTokens must be positive, was " + maxOutputTokens);
        }
    }
}
