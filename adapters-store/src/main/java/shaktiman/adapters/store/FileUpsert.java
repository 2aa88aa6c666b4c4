package shaktiman.adapters.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import shaktiman.core.index.write.LineDelta;
import shaktiman.core.index.write.SymbolChange;
import shaktiman.core.model.index.ParsedChunk;
import shaktiman.core.model.index.ParsedFile;
import shaktiman.core.model.index.ParsedSymbol;

/**
 * Stores one parsed file inside its savepoint (IX-44): the files row, chunks with IX-43 identity and their full-text
 * rows, symbols with IX-33 identity, the file's own edges and pending rows, and the retry of pending rows elsewhere
 * that name a newly inserted symbol (IX-32).
 */
final class FileUpsert {
    /** What the write replaced, for the change record. */
    record Outcome(long fileId, List<StoredChunk> oldChunks, List<StoredSymbol> oldSymbols, ChunkRows.Written chunks) {

        /** Ids of the chunks that were inserted rather than matched: the {@code diff_chunks} of a modify. */
        List<Long> insertedChunkIds() {
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < chunks.ids().length; i++) {
                if (chunks.inserted(i)) {
                    ids.add(chunks.ids()[i]);
                }
            }
            return ids;
        }

        List<Long> allChunkIds() {
            List<Long> ids = new ArrayList<>();
            for (long id : chunks.ids()) {
                ids.add(id);
            }
            return ids;
        }
    }

    private FileUpsert() {}

    /**
     * Writes {@code file} over {@code existing} (the row of its path, or of the path it is renamed from), or as a new
     * file. {@code pathChanged} forces every full-text row to be rewritten, since their {@code path} column changes.
     */
    static Outcome write(WriteContext context, ParsedFile file, Optional<StoredFileRow> existing, boolean pathChanged)
            throws SQLException {
        long fileId;
        List<StoredChunk> oldChunks = List.of();
        List<StoredSymbol> oldSymbols = List.of();
        if (existing.isPresent()) {
            fileId = existing.get().id();
            oldChunks = StoredChunk.ofFile(context.sql, fileId);
            oldSymbols = StoredSymbol.ofFile(context.sql, fileId);
            StoredFileRow.update(context.sql, fileId, file.meta(), context.now);
        } else {
            fileId = StoredFileRow.insert(context.sql, file.meta(), context.now);
        }
        existing.ifPresent(row -> context.knownPaths.put(row.path(), false));
        context.knownPaths.put(file.path(), true);
        ChunkRows.Written chunks = ChunkRows.insertAndMatch(context, fileId, file.chunks(), oldChunks);
        SymbolRows.Written symbols = SymbolRows.write(context, fileId, file.symbols(), chunks.ids(), oldSymbols);
        ChunkRows.deleteUnmatched(context, oldChunks, chunks);
        ChunkRows.place(context, file.chunks(), oldChunks, chunks);
        writeFts(context, file, oldChunks, oldSymbols, chunks, pathChanged);
        ReferenceRows.rebuildOwned(context, fileId, file.meta(), file.symbols(), file.references(), symbols.ids());
        Set<String> retryNames = new LinkedHashSet<>(symbols.retryNames());
        if (existing.isEmpty() || pathChanged) {
            retryNames.addAll(ReferenceRows.moduleNames(file.path()));
        }
        ReferenceRows.retryPending(context, retryNames, fileId);
        context.sql.update("DELETE FROM skipped_files WHERE path = ?", file.path());
        return new Outcome(fileId, oldChunks, oldSymbols, chunks);
    }

    /** The {@code add} or {@code modify} record of a write, or none when the content hash did not change. */
    static Optional<ChangeLogRows.Record> changeRecord(
            ParsedFile file, Optional<StoredFileRow> existing, Outcome outcome) {
        if (existing.isEmpty()) {
            return Optional.of(new ChangeLogRows.Record(
                    "add",
                    file.path(),
                    null,
                    new LineDelta(ChangeLogRows.ownLinesOfParsed(file.chunks()).size(), 0),
                    null,
                    file.meta().contentHash(),
                    SymbolChange.all(ChangeLogRows.factsOfParsed(file.symbols()), SymbolChange.Change.ADDED),
                    outcome.allChunkIds()));
        }
        String before = existing.get().contentHash();
        if (before.equals(file.meta().contentHash())) {
            return Optional.empty();
        }
        return Optional.of(new ChangeLogRows.Record(
                "modify",
                file.path(),
                null,
                LineDelta.between(
                        ChangeLogRows.ownLinesOfStored(outcome.oldChunks()),
                        ChangeLogRows.ownLinesOfParsed(file.chunks())),
                before,
                file.meta().contentHash(),
                SymbolChange.between(
                        ChangeLogRows.factsOfStored(outcome.oldSymbols()), ChangeLogRows.factsOfParsed(file.symbols())),
                outcome.insertedChunkIds()));
    }

    /**
     * Inserts the full-text rows of inserted chunks; rewrites a matched chunk's row only when the set of symbols
     * attached to it changed, the path changed, or the index is being (re)built (IX-43).
     */
    private static void writeFts(
            WriteContext context,
            ParsedFile file,
            List<StoredChunk> oldChunks,
            List<StoredSymbol> oldSymbols,
            ChunkRows.Written chunks,
            boolean pathChanged)
            throws SQLException {
        Map<Long, List<String>> oldAttached = new HashMap<>();
        for (StoredSymbol symbol : oldSymbols) {
            oldAttached
                    .computeIfAbsent(symbol.chunkId(), id -> new ArrayList<>())
                    .add(symbol.name() + '\n' + symbol.qualifiedName());
        }
        List<List<String>> newAttached = new ArrayList<>();
        for (int i = 0; i < file.chunks().size(); i++) {
            newAttached.add(new ArrayList<>());
        }
        for (ParsedSymbol symbol : file.symbols()) {
            newAttached.get(symbol.chunkIndex()).add(symbol.name() + '\n' + symbol.qualifiedName());
        }
        for (int i = 0; i < file.chunks().size(); i++) {
            ParsedChunk chunk = file.chunks().get(i);
            long id = chunks.ids()[i];
            List<String> names = new ArrayList<>();
            names.add(chunk.symbolName());
            names.add(chunk.qualifiedName());
            names.addAll(newAttached.get(i));
            if (chunks.inserted(i)) {
                FtsRows.insert(context.sql, context.analyzer, id, names, file.path(), chunk.content());
                continue;
            }
            StoredChunk old = oldChunks.get(chunks.partners()[i]);
            List<String> before = new ArrayList<>(oldAttached.getOrDefault(old.id(), List.of()));
            List<String> after = new ArrayList<>(newAttached.get(i));
            before.sort(null);
            after.sort(null);
            boolean symbolsChanged = !before.equals(after) || !Objects.equals(old.symbolName(), chunk.symbolName());
            if (symbolsChanged || pathChanged || context.rebuilding()) {
                FtsRows.rewrite(context.sql, context.analyzer, id, names, file.path(), chunk.content());
            }
        }
    }
}
