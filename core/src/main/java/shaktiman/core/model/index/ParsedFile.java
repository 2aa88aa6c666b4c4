package shaktiman.core.model.index;

import java.util.List;
import java.util.Objects;

/**
 * A file parsed and chunked, ready for the writer: its metadata and its chunks, symbols and references, which refer
 * to each other by position in these lists.
 */
public record ParsedFile(
        FileMeta meta, List<ParsedChunk> chunks, List<ParsedSymbol> symbols, List<ParsedReference> references) {

    public ParsedFile {
        Objects.requireNonNull(meta, "meta");
        chunks = List.copyOf(chunks);
        symbols = List.copyOf(symbols);
        references = List.copyOf(references);
        for (int i = 0; i < chunks.size(); i++) {
            ParsedChunk chunk = chunks.get(i);
            if (chunk.chunkIndex() != i) {
                throw new IllegalArgumentException("chunk at position " + i + " of " + meta.path() + " has chunkIndex "
                        + chunk.chunkIndex() + "; they must be equal");
            }
            if (chunk.parentIndex() != ParsedChunk.NONE
                    && !chunks.get(chunk.parentIndex()).isSummary()) {
                throw new IllegalArgumentException("chunk " + i + " of " + meta.path() + " has parent "
                        + chunk.parentIndex() + ", which is not a summary chunk (IX-25)");
            }
        }
        for (ParsedSymbol symbol : symbols) {
            if (symbol.chunkIndex() >= chunks.size()) {
                throw new IllegalArgumentException("symbol " + symbol.qualifiedName() + " of " + meta.path()
                        + " attaches to chunk " + symbol.chunkIndex() + ", but the file has " + chunks.size()
                        + " chunks");
            }
        }
        for (ParsedReference reference : references) {
            if (reference.ownerIndex() >= symbols.size()) {
                throw new IllegalArgumentException("reference " + reference.text() + " of " + meta.path()
                        + " is owned by symbol " + reference.ownerIndex() + ", but the file has " + symbols.size()
                        + " symbols");
            }
        }
    }

    /** The file's path, relative to the project root. */
    public String path() {
        return meta.path();
    }

    /** The number of characters of chunk content, for the writer's 16 MiB batch limit (IX-42). */
    public long contentChars() {
        long total = 0;
        for (ParsedChunk chunk : chunks) {
            total += chunk.content().length();
        }
        return total;
    }
}
