package shaktiman.core.port;

import java.util.Objects;
import shaktiman.core.model.ChunkKind;

/**
 * A stored chunk as the query engine sees it.
 *
 * @param symbolName the chunk's symbol name, empty for header and block chunks
 * @param qualifiedName the chunk's qualified name, empty when it has no symbol
 * @param signature the symbol's signature, empty when none
 * @param partGroup the id of the first part of the split declaration this chunk belongs to (IX-22), 0 when unsplit
 * @param tokenCount MCP-1's count of {@code content}
 * @param isTest whether the chunk's file is a test file (MCP-23)
 */
public record ChunkRecord(
        long id,
        String filePath,
        String language,
        int startLine,
        int endLine,
        ChunkKind kind,
        String symbolName,
        String qualifiedName,
        String signature,
        long partGroup,
        int chunkIndex,
        String content,
        int tokenCount,
        boolean isTest) {
    public ChunkRecord {
        Objects.requireNonNull(filePath, "filePath");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(symbolName, "symbolName");
        Objects.requireNonNull(qualifiedName, "qualifiedName");
        Objects.requireNonNull(signature, "signature");
        Objects.requireNonNull(content, "content");
    }
}
