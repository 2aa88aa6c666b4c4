package shaktiman.core.index.resolve;

import java.util.Objects;
import shaktiman.core.model.SymKind;

/**
 * A stored symbol that a reference may point at, with where it is declared.
 *
 * @param packageName the package or namespace its file declares ({@code files.package}), empty when none
 */
public record Candidate(
        long symbolId, String path, int startLine, SymKind kind, String qualifiedName, String packageName) {
    public Candidate {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(qualifiedName, "qualifiedName");
        Objects.requireNonNull(packageName, "packageName");
    }

    /** A candidate whose file declares no package. */
    public Candidate(long symbolId, String path, int startLine, SymKind kind, String qualifiedName) {
        this(symbolId, path, startLine, kind, qualifiedName, "");
    }
}
