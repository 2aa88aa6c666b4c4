package shaktiman.core.query;

import java.util.Objects;
import java.util.Set;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.port.IndexReader.TestScope;

/**
 * A validated {@code dependencies} call (MCP-33).
 *
 * @param file the path filter on the roots (MCP-24), empty for none
 * @param edgeKinds the edge kinds to follow; empty means all
 */
public record DependenciesRequest(
        String symbol,
        Direction direction,
        int depth,
        String file,
        Set<EdgeKind> edgeKinds,
        TestScope scope,
        int maxResults) {

    public DependenciesRequest {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(scope, "scope");
        edgeKinds = Set.copyOf(edgeKinds);
        if (depth < 1 || depth > 5) {
            throw new IllegalArgumentException("depth must be from 1 to 5, was " + depth);
        }
        if (maxResults < 1 || maxResults > 1_000) {
            throw new IllegalArgumentException("maxResults must be from 1 to 1000, was " + maxResults);
        }
    }
}
