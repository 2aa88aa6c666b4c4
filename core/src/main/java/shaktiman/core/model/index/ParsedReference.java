package shaktiman.core.model.index;

import java.util.Objects;
import shaktiman.core.model.EdgeKind;

/**
 * One reference of a parsed file as the parser emits it (IX-29).
 *
 * @param ownerIndex position in {@link ParsedFile#symbols()} of the owning symbol (the file symbol for imports and
 *     module-level code)
 * @param text the reference as written, such as {@code self.save} or {@code http.ListenAndServe}
 * @param target its last segment, the name that is resolved
 * @param qualifier the rest of {@code text} before the target, empty when there is none
 * @param importQualifiedName the import-qualified name (IX-29), empty when the reference names no import
 */
public record ParsedReference(
        int ownerIndex,
        EdgeKind kind,
        String text,
        String target,
        String qualifier,
        String importQualifiedName,
        int line) {

    public ParsedReference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Hashes.requireNotBlank(target, "target");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(importQualifiedName, "importQualifiedName");
        if (ownerIndex < 0) {
            throw new IllegalArgumentException("ownerIndex must not be negative, was " + ownerIndex);
        }
        if (line < 1) {
            throw new IllegalArgumentException("line of reference " + text + " must be at least 1, was " + line);
        }
    }
}
