package shaktiman.adapters.store;

import java.sql.SQLException;
import java.util.List;
import shaktiman.core.index.write.IdentityKeys;
import shaktiman.core.index.write.SymbolChange;
import shaktiman.core.model.SymKind;

/** A stored symbol row of a file, loaded before the file is re-written (IX-33). */
record StoredSymbol(
        long id,
        String name,
        String qualifiedName,
        SymKind kind,
        int startLine,
        int endLine,
        String signature,
        String visibility,
        boolean isExported,
        String bodyHash,
        long chunkId) {

    /** The file's symbols in declaration order, which gives the ordinal among equal keys. */
    static List<StoredSymbol> ofFile(Sql sql, long fileId) throws SQLException {
        return sql.query(
                "SELECT id, name, qualified_name, kind, start_line, end_line, signature, visibility, is_exported,"
                        + " body_hash, chunk_id FROM symbols WHERE file_id = ? ORDER BY start_line, id",
                row -> new StoredSymbol(
                        row.getLong("id"),
                        row.getString("name"),
                        row.getString("qualified_name"),
                        SymKind.fromWireName(row.getString("kind")),
                        row.getInt("start_line"),
                        row.getInt("end_line"),
                        row.getString("signature"),
                        row.getString("visibility"),
                        row.getInt("is_exported") == 1,
                        row.getString("body_hash"),
                        row.getLong("chunk_id")),
                fileId);
    }

    IdentityKeys.SymbolKey key() {
        return IdentityKeys.symbol(kind, qualifiedName);
    }

    SymbolChange.Facts facts() {
        return new SymbolChange.Facts(name, qualifiedName, kind, signature == null ? "" : signature, bodyHash);
    }
}
