package shaktiman.core.query;

import java.util.Objects;
import shaktiman.core.port.IndexReader.TestScope;

/**
 * A validated {@code search} call (MCP-25).
 *
 * @param path the project-relative path filter (MCP-24), empty for the whole project
 */
public record SearchRequest(
        String query, SearchMode mode, int maxResults, double minScore, boolean explain, String path, TestScope scope) {

    public SearchRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(scope, "scope");
        if (maxResults < 1 || maxResults > 200) {
            throw new IllegalArgumentException("maxResults must be from 1 to 200, was " + maxResults);
        }
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new IllegalArgumentException("minScore must be from 0 to 1, was " + minScore);
        }
    }

    /** A locate-mode search with the spec's defaults: 10 results, {@code min_score} 0.15, no explain, scope impl. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, SearchMode.LOCATE, 10, 0.15, false, "", TestScope.IMPL);
    }
}
