package shaktiman.core.model.index;

import java.util.Objects;
import shaktiman.core.model.SymKind;
import shaktiman.core.model.Visibility;

/**
 * One symbol of a parsed file (IX-27, IX-28).
 *
 * @param signature the signature, empty for non-callables
 * @param visibility the visibility, or {@code null} when the language table gives none
 * @param bodyHash SHA-256 of the declaration's own text
 * @param chunkIndex position of the innermost chunk whose own lines contain {@code startLine}
 */
public record ParsedSymbol(
        String name,
        String qualifiedName,
        SymKind kind,
        int startLine,
        int endLine,
        String signature,
        Visibility visibility,
        boolean isExported,
        String bodyHash,
        int chunkIndex) {

    public ParsedSymbol {
        Hashes.requireNotBlank(name, "name");
        Hashes.requireNotBlank(qualifiedName, "qualifiedName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(signature, "signature");
        Hashes.requireNotBlank(bodyHash, "bodyHash");
        if (startLine < 1 || endLine < startLine) {
            throw new IllegalArgumentException("lines of symbol " + qualifiedName
                    + " must satisfy 1 <= startLine <= endLine, were " + startLine + ".." + endLine);
        }
        if (chunkIndex < 0) {
            throw new IllegalArgumentException(
                    "chunkIndex of symbol " + qualifiedName + " must not be negative, was " + chunkIndex);
        }
    }
}
