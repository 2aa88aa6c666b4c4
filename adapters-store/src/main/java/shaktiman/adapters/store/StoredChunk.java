package shaktiman.adapters.store;

import java.sql.SQLException;
import java.util.List;
import shaktiman.core.index.write.IdentityKeys;
import shaktiman.core.model.ChunkKind;

/** A stored chunk row of a file, loaded before the file is re-written (IX-43). */
record StoredChunk(
        long id,
        int chunkIndex,
        ChunkKind kind,
        boolean isSummary,
        String symbolName,
        String qualifiedName,
        String signature,
        int startLine,
        int endLine,
        String content,
        String contentHash,
        int tokenCount,
        Long parentChunkId,
        Long partGroup) {

    static List<StoredChunk> ofFile(Sql sql, long fileId) throws SQLException {
        return sql.query(
                "SELECT id, chunk_index, kind, is_summary, symbol_name, qualified_name, signature, start_line, end_line,"
                        + " content, content_hash, token_count, parent_chunk_id, part_group FROM chunks"
                        + " WHERE file_id = ? ORDER BY chunk_index, id",
                row -> new StoredChunk(
                        row.getLong("id"),
                        row.getInt("chunk_index"),
                        ChunkKind.fromWireName(row.getString("kind")),
                        row.getInt("is_summary") == 1,
                        row.getString("symbol_name"),
                        row.getString("qualified_name"),
                        row.getString("signature"),
                        row.getInt("start_line"),
                        row.getInt("end_line"),
                        row.getString("content"),
                        row.getString("content_hash"),
                        row.getInt("token_count"),
                        Sql.nullableLong(row, "parent_chunk_id"),
                        Sql.nullableLong(row, "part_group")),
                fileId);
    }

    IdentityKeys.ChunkKey key() {
        return IdentityKeys.chunk(contentHash, kind, qualifiedName);
    }
}
