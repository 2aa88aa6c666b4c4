package shaktiman.core.query;

import java.util.Objects;
import shaktiman.core.port.IndexReader.TestScope;

/**
 * A validated {@code context} call (MCP-28).
 *
 * @param path the project-relative path filter (MCP-24), empty for the whole project
 */
public record ContextRequest(String query, int budgetTokens, String path, TestScope scope) {

    public ContextRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(scope, "scope");
        if (budgetTokens < 256 || budgetTokens > 32_768) {
            throw new IllegalArgumentException("budgetTokens must be from 256 to 32768, was " + budgetTokens);
        }
    }
}
