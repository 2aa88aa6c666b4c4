package shaktiman.core.index.chunk;

import java.util.Objects;
import shaktiman.core.model.ChunkKind;

/**
 * What a chunk unit declares, as the language's {@link ChunkRules} describe it.
 *
 * @param kind the chunk kind, already adjusted to the context (a function in a class is a method); never {@code header}
 *     or {@code block}
 * @param name the bare name; null for an unnamed unit (an anonymous function), whose kind then stands in for it
 * @param qualifiedName the {@code .}-qualified name; null exactly when {@code name} is
 * @param signature the signature as it is listed in a summary and stored, such as {@code (a, b)}; null if none
 */
public record ChunkUnit(ChunkKind kind, String name, String qualifiedName, String signature) {

    public ChunkUnit {
        Objects.requireNonNull(kind, "kind");
        if (kind == ChunkKind.HEADER || kind == ChunkKind.BLOCK) {
            throw new IllegalArgumentException("a chunk unit cannot have kind " + kind.wireName());
        }
        if ((name == null) != (qualifiedName == null)) {
            throw new IllegalArgumentException(
                    "name " + name + " and qualifiedName " + qualifiedName + " must both be set or both be null");
        }
    }

    /** The line a summary lists for this unit: {@code "  <name><signature> { ... }"} (IX-22). */
    String summaryLine() {
        return "  " + (name == null ? kind.wireName() : name) + (signature == null ? "" : signature) + " { ... }";
    }
}
