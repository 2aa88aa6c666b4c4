package shaktiman.core.tools;

import java.util.Objects;

/**
 * The configured defaults that tool parameters and descriptions show (MCP-14, MCP-25, MCP-28).
 *
 * @param searchMaxResults {@code search.max_results}, 1 to 200
 * @param searchMinScore {@code search.min_score}, 0 to 1
 * @param searchMode {@code search.default_mode}, {@code locate} or {@code full}
 * @param contextBudgetTokens {@code context.budget_tokens}, 256 to 32,768
 */
public record ToolDefaults(int searchMaxResults, double searchMinScore, String searchMode, int contextBudgetTokens) {

    /** The defaults of an empty configuration. */
    public static final ToolDefaults STANDARD = new ToolDefaults(10, 0.15, "locate", 4_096);

    public ToolDefaults {
        Objects.requireNonNull(searchMode, "searchMode");
        if (searchMaxResults < 1 || searchMaxResults > 200) {
            throw new IllegalArgumentException("search.max_results must be from 1 to 200; got " + searchMaxResults);
        }
        if (!(searchMinScore >= 0 && searchMinScore <= 1)) {
            throw new IllegalArgumentException("search.min_score must be from 0 to 1; got " + searchMinScore);
        }
        if (!searchMode.equals("locate") && !searchMode.equals("full")) {
            throw new IllegalArgumentException("search.default_mode must be locate or full; got " + searchMode);
        }
        if (contextBudgetTokens < 256 || contextBudgetTokens > 32_768) {
            throw new IllegalArgumentException(
                    "context.budget_tokens must be from 256 to 32768; got " + contextBudgetTokens);
        }
    }
}
