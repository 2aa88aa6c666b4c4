package shaktiman.core.index.symbols;

import java.util.Objects;
import shaktiman.core.model.EdgeKind;

/**
 * A reference made by a file (IX-29), not yet resolved to a symbol.
 *
 * @param ownerIndex the index, in {@link ExtractedFile#symbols()}, of the innermost enclosing symbol that owns the
 *     reference; {@link #FILE_OWNER} for the file symbol (imports, and code outside every symbol) until {@link
 *     ExtractedFile#withFileSymbol()} gives that symbol an index
 * @param kind the edge kind
 * @param text the reference as written, whitespace runs collapsed, such as {@code self.save}, {@code
 *     http.ListenAndServe} or {@code a::b}
 * @param target the last segment of {@code text}, the name resolution looks up
 * @param qualifier the rest of {@code text} before the last separator; empty when there is none
 * @param importQualifiedName the module specifier joined to the imported or referenced name with the language's
 *     separator (IX-29), such as {@code net/http.ListenAndServe}; empty when the reference goes through no import
 * @param line the 1-based line of the reference
 */
public record ExtractedReference(
        int ownerIndex,
        EdgeKind kind,
        String text,
        String target,
        String qualifier,
        String importQualifiedName,
        int line) {

    /** The owner index that stands for the file symbol before it is added. */
    public static final int FILE_OWNER = -1;

    public ExtractedReference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(qualifier, "qualifier");
        Objects.requireNonNull(importQualifiedName, "importQualifiedName");
        if (ownerIndex < FILE_OWNER) {
            throw new IllegalArgumentException("ownerIndex " + ownerIndex + " of reference " + text);
        }
        if (target.isEmpty()) {
            throw new IllegalArgumentException("reference " + text + " has an empty target");
        }
        if (line < 1) {
            throw new IllegalArgumentException("line " + line + " of reference " + text);
        }
    }

    /** Whether the file symbol owns this reference. */
    public boolean ownedByFile() {
        return ownerIndex == FILE_OWNER;
    }

    ExtractedReference withOwner(int owner) {
        return new ExtractedReference(owner, kind, text, target, qualifier, importQualifiedName, line);
    }

    ExtractedReference withImportQualifiedName(String name) {
        return new ExtractedReference(ownerIndex, kind, text, target, qualifier, name, line);
    }
}
