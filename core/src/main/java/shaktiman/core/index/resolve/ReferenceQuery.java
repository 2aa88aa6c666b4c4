package shaktiman.core.index.resolve;

import java.util.Objects;
import shaktiman.core.model.EdgeKind;

/**
 * A reference to resolve, with its source file: a fresh parse's reference, or a stored pending row being retried
 * (IX-32).
 *
 * @param qualifier the text before the target, empty when there is none
 * @param importQualifiedName the import-qualified name (IX-29), empty when none
 */
public record ReferenceQuery(
        String path,
        String language,
        EdgeKind kind,
        String text,
        String target,
        String qualifier,
        String importQualifiedName) {

    public ReferenceQuery {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(importQualifiedName, "importQualifiedName");
    }
}
