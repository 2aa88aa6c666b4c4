package shaktiman.core.query;

import java.util.Objects;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.model.SymKind;

/**
 * One {@code referenced_by} entry of {@code symbols} (MCP-32): a place referring to a name with no definition in the
 * project. The location is the line of the reference.
 *
 * @param symbol the qualified name of the referring symbol (the path for a file's imports)
 * @param kind the referring symbol's kind
 * @param target the reference as written, e.g. {@code crypto.createHmac}
 */
public record SymbolReference(
        String filePath, int startLine, int endLine, String symbol, SymKind kind, EdgeKind edgeKind, String target) {
    public SymbolReference {
        Objects.requireNonNull(filePath, "filePath");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(edgeKind, "edgeKind");
        Objects.requireNonNull(target, "target");
    }
}
