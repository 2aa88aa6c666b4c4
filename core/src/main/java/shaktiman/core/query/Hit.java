package shaktiman.core.query;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import shaktiman.core.model.ChunkKind;

/**
 * One search hit (MCP-25's {@code Hit}): a chunk, or every part of one split declaration merged (MCP-26 step 3).
 *
 * @param symbol the chunk's symbol name, empty for header and block chunks
 * @param qualifiedName the chunk's qualified name, empty for header and block chunks
 * @param score rounded to 4 decimals (MCP-3)
 * @param tokens the MCP-1 count of the hit's content
 * @param matchedTerms the query's analyzer terms found in the hit, in query order
 * @param content present in {@code full} mode
 * @param explain present when asked for
 */
public record Hit(
        String filePath,
        int startLine,
        int endLine,
        Optional<String> symbol,
        Optional<String> qualifiedName,
        ChunkKind kind,
        double score,
        int tokens,
        boolean isTest,
        List<String> matchedTerms,
        Optional<String> content,
        Optional<Explain> explain) {
    public Hit {
        Objects.requireNonNull(filePath, "filePath");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(qualifiedName, "qualifiedName");
        Objects.requireNonNull(kind, "kind");
        matchedTerms = List.copyOf(matchedTerms);
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(explain, "explain");
    }
}
