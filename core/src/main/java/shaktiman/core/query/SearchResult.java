package shaktiman.core.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The structured content of {@code search} (MCP-25).
 *
 * @param notice MI-10's notice while no full index has completed
 * @param warning MCP-45's warning when embeddings are on but unavailable for this query
 * @param totalMatches the hits at or above {@code min_score} before the {@code max_results} cut
 * @param truncated whether MCP-17's output limit dropped hits
 */
public record SearchResult(
        String query,
        Strategy strategy,
        Optional<String> notice,
        Optional<String> warning,
        int totalMatches,
        boolean truncated,
        List<Hit> results) {
    public SearchResult {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(warning, "warning");
        results = List.copyOf(results);
    }
}
