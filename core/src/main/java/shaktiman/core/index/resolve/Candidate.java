package shaktiman.core.index.resolve;

import java.util.Objects;
import shaktiman.core.model.SymKind;

/** A stored symbol that a reference may point at, with where it is declared. */
public record Candidate(long symbolId, String path, int startLine, SymKind kind, String qualifiedName) {
    public Candidate {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(qualifiedName, "qualifiedName");
    }
}
