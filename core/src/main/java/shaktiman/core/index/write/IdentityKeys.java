package shaktiman.core.index.write;

import java.util.Objects;
import shaktiman.core.model.ChunkKind;
import shaktiman.core.model.SymKind;

/** The identity keys of IX-43 (chunks) and IX-33 (symbols), for {@link MultisetMatch}. */
public final class IdentityKeys {
    private IdentityKeys() {}

    /** A chunk's identity: equal content, kind and qualified name ({@code null} for header and gap blocks). */
    public record ChunkKey(String contentHash, ChunkKind kind, String qualifiedName) {
        public ChunkKey {
            Objects.requireNonNull(contentHash, "contentHash");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /**
     * A symbol's identity: kind and qualified name. A file has exactly one {@code file} symbol, whose qualified name
     * is its path, so that symbol matches regardless of name and keeps its id (and its import edges) across a rename.
     */
    public record SymbolKey(SymKind kind, String qualifiedName) {
        public SymbolKey {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(qualifiedName, "qualifiedName");
        }
    }

    public static ChunkKey chunk(String contentHash, ChunkKind kind, String qualifiedName) {
        return new ChunkKey(contentHash, kind, qualifiedName);
    }

    public static SymbolKey symbol(SymKind kind, String qualifiedName) {
        return new SymbolKey(kind, kind == SymKind.FILE ? "" : qualifiedName);
    }
}
