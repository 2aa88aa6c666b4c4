package shaktiman.core.query;

import java.util.Objects;
import shaktiman.core.model.EdgeKind;

/**
 * One {@code external} entry of {@code dependencies} (MCP-33): a callee with no definition in the project.
 *
 * @param name the reference as written, e.g. {@code http.ListenAndServe}
 * @param via the qualified name of the symbol holding the reference
 */
public record ExternalDependency(String name, EdgeKind edgeKind, int depth, String via) {
    public ExternalDependency {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(edgeKind, "edgeKind");
        Objects.requireNonNull(via, "via");
    }
}
