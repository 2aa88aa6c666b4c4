package shaktiman.core.port;

import java.util.Objects;
import java.util.Optional;
import shaktiman.core.model.SymKind;
import shaktiman.core.model.Visibility;

/**
 * A stored symbol as the query engine sees it (MCP's {@code Sym}).
 *
 * @param chunkId the symbol's defining chunk (IX-27)
 * @param signature the signature, empty when none
 * @param visibility the visibility, empty when the language gives none
 * @param isTest whether the symbol's file is a test file
 */
public record SymbolRecord(
        long id,
        long chunkId,
        String filePath,
        String name,
        String qualifiedName,
        SymKind kind,
        int startLine,
        int endLine,
        String signature,
        Optional<Visibility> visibility,
        boolean isTest) {
    public SymbolRecord {
        Objects.requireNonNull(filePath, "filePath");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(qualifiedName, "qualifiedName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(visibility, "visibility");
    }
}
