package shaktiman.adapters.store;

import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import shaktiman.core.index.write.IdentityKeys;
import shaktiman.core.index.write.MultisetMatch;
import shaktiman.core.model.index.ParsedChunk;

/**
 * Writes a file's chunks with IX-43 identity: new chunks matched to old ones on (content hash, kind, qualified name)
 * keep the old id and {@code embedded} flag, the rest are inserted with {@code embedded = 0}, and unmatched old rows
 * are deleted with their full-text rows and queued for vector deletion.
 */
final class ChunkRows {
    /** The chunk ids of a file's new chunk list, by position, and how each new chunk was matched. */
    record Written(long[] ids, int[] partners) {
        boolean inserted(int position) {
            return partners[position] == MultisetMatch.UNMATCHED;
        }
    }

    private ChunkRows() {}

    /** Matches and inserts; positions and relations are set later by {@link #place}, once old rows are gone. */
    static Written insertAndMatch(WriteContext context, long fileId, List<ParsedChunk> chunks, List<StoredChunk> old)
            throws SQLException {
        int[] partners = MultisetMatch.match(
                old.stream().map(StoredChunk::key).toList(),
                chunks.stream()
                        .map(c -> IdentityKeys.chunk(c.contentHash(), c.kind(), c.qualifiedName()))
                        .toList());
        long[] ids = new long[chunks.size()];
        for (int i = 0; i < chunks.size(); i++) {
            if (partners[i] != MultisetMatch.UNMATCHED) {
                ids[i] = old.get(partners[i]).id();
                continue;
            }
            ParsedChunk chunk = chunks.get(i);
            ids[i] = context.sql.insert(
                    "INSERT INTO chunks (file_id, chunk_index, kind, is_summary, symbol_name, qualified_name, signature,"
                            + " start_line, end_line, content, content_hash, token_count)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    fileId,
                    chunk.chunkIndex(),
                    chunk.kind().wireName(),
                    chunk.isSummary(),
                    chunk.symbolName(),
                    chunk.qualifiedName(),
                    chunk.signature(),
                    chunk.startLine(),
                    chunk.endLine(),
                    chunk.content(),
                    chunk.contentHash(),
                    chunk.tokenCount());
        }
        return new Written(ids, partners);
    }

    /** Deletes the old chunks no new chunk matched, with their full-text rows; their ids go to vector deletion. */
    static void deleteUnmatched(WriteContext context, List<StoredChunk> old, Written written) throws SQLException {
        boolean[] used = MultisetMatch.usedOld(old.size(), written.partners());
        for (int i = 0; i < old.size(); i++) {
            if (!used[i]) {
                long id = old.get(i).id();
                FtsRows.delete(context.sql, id);
                context.sql.update("DELETE FROM chunks WHERE id = ?", id);
                context.deletedChunkIds.add(id);
            }
        }
    }

    /**
     * Sets positions, names and relations (parent summary, part group) of every new chunk, writing only rows whose
     * stored values differ, so that an unchanged file changes no chunk row.
     */
    static void place(WriteContext context, List<ParsedChunk> chunks, List<StoredChunk> old, Written written)
            throws SQLException {
        for (int i = 0; i < chunks.size(); i++) {
            ParsedChunk chunk = chunks.get(i);
            Long parent = chunk.parentIndex() == ParsedChunk.NONE ? null : written.ids()[chunk.parentIndex()];
            Long group = chunk.partGroupIndex() == ParsedChunk.NONE ? null : written.ids()[chunk.partGroupIndex()];
            if (!written.inserted(i) && unchanged(old.get(written.partners()[i]), chunk, parent, group)) {
                continue;
            }
            context.sql.update(
                    "UPDATE chunks SET chunk_index = ?, is_summary = ?, symbol_name = ?, signature = ?, start_line = ?,"
                            + " end_line = ?, token_count = ?, parent_chunk_id = ?, part_group = ? WHERE id = ?",
                    chunk.chunkIndex(),
                    chunk.isSummary(),
                    chunk.symbolName(),
                    chunk.signature(),
                    chunk.startLine(),
                    chunk.endLine(),
                    chunk.tokenCount(),
                    parent,
                    group,
                    written.ids()[i]);
        }
    }

    private static boolean unchanged(StoredChunk stored, ParsedChunk chunk, Long parent, Long group) {
        return stored.chunkIndex() == chunk.chunkIndex()
                && stored.isSummary() == chunk.isSummary()
                && Objects.equals(stored.symbolName(), chunk.symbolName())
                && Objects.equals(stored.signature(), chunk.signature())
                && stored.startLine() == chunk.startLine()
                && stored.endLine() == chunk.endLine()
                && stored.tokenCount() == chunk.tokenCount()
                && Objects.equals(stored.parentChunkId(), parent)
                && Objects.equals(stored.partGroup(), group);
    }
}
