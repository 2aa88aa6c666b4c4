package shaktiman.core.index.symbols;

import java.util.List;
import java.util.Objects;
import shaktiman.core.model.SymKind;
import shaktiman.core.model.Visibility;

/**
 * A symbol declared by a file (IX-27, IX-28).
 *
 * @param name the symbol's own name, such as {@code toString}
 * @param qualifiedName the enclosing containers' names and then {@code name}, joined with {@code .} and with no package
 *     prefix, such as {@code UserService.Cache.toString}; never empty
 * @param kind the symbol's kind
 * @param startLine first line of the declaration node, 1-based
 * @param endLine last line of the declaration node
 * @param signature {@code (<parameters>)} and {@code : <return type>} when declared, whitespace runs collapsed, at most
 *     {@value Signatures#MAX_CODE_POINTS} code points; empty for anything that is not a function or method
 * @param visibility the visibility decided by the language table's rules
 * @param isExported whether {@code visibility} is {@link Visibility#PUBLIC} or {@link Visibility#EXPORTED}
 * @param bodyHash lowercase hex SHA-256 of the declaration node's own text (UTF-8)
 * @param containerPath the names of the enclosing containers, outermost first (a Go receiver's type counts as one)
 */
public record ExtractedSymbol(
        String name,
        String qualifiedName,
        SymKind kind,
        int startLine,
        int endLine,
        String signature,
        Visibility visibility,
        boolean isExported,
        String bodyHash,
        List<String> containerPath) {

    public ExtractedSymbol {
        requireText(name, "name");
        requireText(qualifiedName, "qualifiedName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(visibility, "visibility");
        Objects.requireNonNull(bodyHash, "bodyHash");
        containerPath = List.copyOf(containerPath);
        if (startLine < 1 || endLine < startLine) {
            throw new IllegalArgumentException("lines " + startLine + ".." + endLine + " of symbol " + qualifiedName);
        }
        if (!bodyHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("bodyHash of " + qualifiedName + " is not 64 hex digits: " + bodyHash);
        }
        if (isExported != (visibility == Visibility.PUBLIC || visibility == Visibility.EXPORTED)) {
            throw new IllegalArgumentException("isExported=" + isExported + " contradicts visibility " + visibility
                    + " of symbol " + qualifiedName);
        }
    }

    /**
     * The {@code file} symbol of IX-27: name and qualified name are the path, lines 1..{@code lineCount}, public, and
     * the hash is that of the whole text.
     *
     * @param lineCount the file's number of lines (IX-6), at least 1
     */
    public static ExtractedSymbol file(String path, int lineCount, String text) {
        return new ExtractedSymbol(
                path,
                path,
                SymKind.FILE,
                1,
                Math.max(1, lineCount),
                "",
                Visibility.PUBLIC,
                true,
                Sha256.hex(text),
                List.of());
    }

    private static void requireText(String value, String argument) {
        Objects.requireNonNull(value, argument);
        if (value.isEmpty()) {
            throw new IllegalArgumentException(argument + " must not be empty");
        }
    }
}
