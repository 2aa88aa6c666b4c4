package shaktiman.core.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The structured content of {@code dependencies} (MCP-33). */
public record DependenciesResult(
        String symbol,
        Optional<String> notice,
        List<Sym> roots,
        List<Dependency> results,
        List<ExternalDependency> external,
        boolean truncated) {
    public DependenciesResult {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(notice, "notice");
        roots = List.copyOf(roots);
        results = List.copyOf(results);
        external = List.copyOf(external);
    }

    /** The entry count MCP-47 records: results plus externals. */
    public int resultCount() {
        return results.size() + external.size();
    }

    /**
     * This result with only its first {@code keep} entries, results before externals (MCP-17's output limit, applied
     * by the caller that renders the JSON), marked truncated when anything was dropped.
     */
    public DependenciesResult keepFirst(int keep) {
        if (keep >= resultCount()) {
            return this;
        }
        int fromResults = Math.min(keep, results.size());
        return new DependenciesResult(
                symbol, notice, roots, results.subList(0, fromResults), external.subList(0, keep - fromResults), true);
    }
}
