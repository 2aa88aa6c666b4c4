package shaktiman.core.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The structured content of {@code context} (MCP-28).
 *
 * @param usedTokens the MCP-1 count of the whole text, header included (MCP-29)
 */
public record ContextResult(
        String query,
        Strategy strategy,
        Optional<String> notice,
        Optional<String> warning,
        int budgetTokens,
        int usedTokens,
        List<ContextChunk> chunks) {
    public ContextResult {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(warning, "warning");
        chunks = List.copyOf(chunks);
    }
}
