package shaktiman.core.query;

import java.util.Objects;
import java.util.Optional;
import shaktiman.core.model.SymKind;
import shaktiman.core.port.IndexReader.TestScope;

/**
 * A validated {@code symbols} call (MCP-32).
 *
 * @param path the project-relative path filter (MCP-24), empty for the whole project
 */
public record SymbolsRequest(String name, Optional<SymKind> kind, String path, TestScope scope, int maxResults) {

    public SymbolsRequest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(scope, "scope");
        if (maxResults < 1 || maxResults > 500) {
            throw new IllegalArgumentException("maxResults must be from 1 to 500, was " + maxResults);
        }
    }
}
