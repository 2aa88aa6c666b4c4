package shaktiman.core.port;

import java.util.Objects;
import shaktiman.core.model.EdgeKind;

/**
 * A reference with no definition in the project (a pending row, IX-31), such as a call of a library function.
 *
 * @param source the referring symbol (for imports, the file's {@code file} symbol)
 * @param line where the reference is written in the source's file
 * @param targetName the referenced bare name
 * @param targetText the reference as written, e.g. {@code crypto.createHmac}
 */
public record UnresolvedReference(
        long id, SymbolRecord source, int line, String targetName, String targetText, EdgeKind kind) {
    public UnresolvedReference {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(targetName, "targetName");
        Objects.requireNonNull(targetText, "targetText");
        Objects.requireNonNull(kind, "kind");
    }
}
