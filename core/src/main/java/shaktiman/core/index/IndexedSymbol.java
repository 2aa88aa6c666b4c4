package shaktiman.core.index;

import java.util.Objects;
import shaktiman.core.index.symbols.ExtractedSymbol;

/**
 * A symbol with the chunk it attaches to (IX-28's {@code chunk_id}).
 *
 * @param symbol the symbol
 * @param chunkIndex the position, in the file's chunks, of the innermost chunk whose own lines contain the symbol's
 *     start line (the first chunk for the file symbol); a start line that no chunk holds takes the chunk before it
 */
public record IndexedSymbol(ExtractedSymbol symbol, int chunkIndex) {

    public IndexedSymbol {
        Objects.requireNonNull(symbol, "symbol");
        if (chunkIndex < 0) {
            throw new IllegalArgumentException("chunkIndex of " + symbol.qualifiedName() + " is " + chunkIndex);
        }
    }
}
