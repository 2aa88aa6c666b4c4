package shaktiman.adapters.store;

import java.sql.SQLException;
import java.util.List;
import shaktiman.core.index.write.LineDelta;
import shaktiman.core.index.write.SymbolChange;

/**
 * Removes one stored file inside its savepoint: edges into its symbols from other files become pending rows first
 * (IX-33), then its rows cascade away with their full-text rows, and its chunk ids go to vector deletion.
 */
final class FileRemoval {
    private FileRemoval() {}

    /** Removes {@code row}; returns the {@code delete} record it would write. */
    static ChangeLogRows.Record remove(WriteContext context, StoredFileRow row) throws SQLException {
        List<StoredChunk> chunks = StoredChunk.ofFile(context.sql, row.id());
        List<StoredSymbol> symbols = StoredSymbol.ofFile(context.sql, row.id());
        for (StoredSymbol symbol : symbols) {
            ReferenceRows.repend(context, symbol.id(), symbol.name(), row.id());
        }
        for (StoredChunk chunk : chunks) {
            FtsRows.delete(context.sql, chunk.id());
            context.deletedChunkIds.add(chunk.id());
        }
        context.sql.update("DELETE FROM files WHERE id = ?", row.id());
        context.knownPaths.put(row.path(), false);
        context.sql.update("DELETE FROM skipped_files WHERE path = ?", row.path());
        return new ChangeLogRows.Record(
                "delete",
                row.path(),
                null,
                new LineDelta(0, ChangeLogRows.ownLinesOfStored(chunks).size()),
                row.contentHash(),
                null,
                SymbolChange.all(ChangeLogRows.factsOfStored(symbols), SymbolChange.Change.REMOVED),
                List.of());
    }
}
