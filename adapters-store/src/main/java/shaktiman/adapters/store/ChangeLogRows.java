package shaktiman.adapters.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import shaktiman.core.index.write.ChunkLines;
import shaktiman.core.index.write.LineDelta;
import shaktiman.core.index.write.SymbolChange;
import shaktiman.core.model.index.ParsedChunk;
import shaktiman.core.model.index.ParsedSymbol;

/** Writes change records (IX-49, MCP-36): one {@code diff_log} row with its symbols and chunk ids. */
final class ChangeLogRows {
    /** One record to write. {@code oldPath} and the hashes may be {@code null}. */
    record Record(
            String changeType,
            String path,
            String oldPath,
            LineDelta lines,
            String hashBefore,
            String hashAfter,
            List<SymbolChange> symbols,
            List<Long> chunkIds) {}

    private ChangeLogRows() {}

    static void write(WriteContext context, Record record) throws SQLException {
        long diffId = context.sql.insert(
                "INSERT INTO diff_log (path, old_path, change_type, lines_added, lines_removed, hash_before, hash_after,"
                        + " applied_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                record.path(),
                record.oldPath(),
                record.changeType(),
                record.lines().added(),
                record.lines().removed(),
                record.hashBefore(),
                record.hashAfter(),
                context.now);
        for (SymbolChange change : record.symbols()) {
            context.sql.update(
                    "INSERT INTO diff_symbols (diff_id, name, qualified_name, kind, change) VALUES (?, ?, ?, ?, ?)",
                    diffId,
                    change.name(),
                    change.qualifiedName(),
                    change.kind().wireName(),
                    change.change().wireName());
        }
        for (long chunkId : record.chunkIds()) {
            context.sql.update("INSERT OR IGNORE INTO diff_chunks (diff_id, chunk_id) VALUES (?, ?)", diffId, chunkId);
        }
    }

    /** The non-blank own lines of stored chunks, whose parents are given by id. */
    static List<String> ownLinesOfStored(List<StoredChunk> chunks) {
        Map<Long, Integer> positions = new HashMap<>();
        for (int i = 0; i < chunks.size(); i++) {
            positions.put(chunks.get(i).id(), i);
        }
        List<ChunkLines> lines = new ArrayList<>();
        for (StoredChunk chunk : chunks) {
            Integer parent = chunk.parentChunkId() == null ? null : positions.get(chunk.parentChunkId());
            lines.add(new ChunkLines(
                    chunk.startLine(),
                    chunk.endLine(),
                    chunk.isSummary(),
                    parent == null ? -1 : parent,
                    chunk.content()));
        }
        return ChunkLines.nonBlankOwnLines(lines);
    }

    static List<String> ownLinesOfParsed(List<ParsedChunk> chunks) {
        return ChunkLines.nonBlankOwnLines(chunks.stream()
                .map(c -> new ChunkLines(c.startLine(), c.endLine(), c.isSummary(), c.parentIndex(), c.content()))
                .toList());
    }

    static List<SymbolChange.Facts> factsOfStored(List<StoredSymbol> symbols) {
        return symbols.stream().map(StoredSymbol::facts).toList();
    }

    static List<SymbolChange.Facts> factsOfParsed(List<ParsedSymbol> symbols) {
        return symbols.stream()
                .map(s -> new SymbolChange.Facts(s.name(), s.qualifiedName(), s.kind(), s.signature(), s.bodyHash()))
                .toList();
    }
}
