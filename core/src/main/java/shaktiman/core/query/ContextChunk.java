package shaktiman.core.query;

import java.util.Objects;
import java.util.Optional;
import shaktiman.core.model.ChunkKind;

/**
 * One block of a {@code context} bundle (MCP-28).
 *
 * @param score rounded to 4 decimals; an expansion block's is {@code seed score × 0.5 × edge weight}
 * @param tokens the MCP-1 count of the rendered block: header line, content and blank line (MCP-29)
 * @param truncated whether the content was cut to fit, ending with the truncation marker (MCP-30)
 * @param via for expansion blocks, how it was reached, e.g. {@code called by authGuard}
 * @param content the content as shown, marker included
 */
public record ContextChunk(
        String filePath,
        int startLine,
        int endLine,
        Optional<String> symbol,
        Optional<String> qualifiedName,
        ChunkKind kind,
        double score,
        int tokens,
        boolean truncated,
        Optional<String> via,
        String content) {
    public ContextChunk {
        Objects.requireNonNull(filePath, "filePath");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(qualifiedName, "qualifiedName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(content, "content");
    }
}
