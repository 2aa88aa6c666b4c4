package shaktiman.adapters.store;

import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import shaktiman.core.index.write.IdentityKeys;
import shaktiman.core.index.write.MultisetMatch;
import shaktiman.core.model.index.ParsedSymbol;

/**
 * Writes a file's symbols with IX-33 identity: matched on (kind, qualified name, ordinal among equals), a symbol keeps
 * its id and so every edge into it; a vanished symbol's incoming edges from other files become pending rows before it
 * is deleted.
 */
final class SymbolRows {
    /**
     * The symbol ids of a file's new symbol list, by position, and the names whose pending rows elsewhere must be
     * resolved again (IX-32): those of inserted symbols and of vanished ones.
     */
    record Written(long[] ids, Set<String> retryNames) {}

    private SymbolRows() {}

    static Written write(
            WriteContext context, long fileId, List<ParsedSymbol> symbols, long[] chunkIds, List<StoredSymbol> old)
            throws SQLException {
        int[] partners = MultisetMatch.match(
                old.stream().map(StoredSymbol::key).toList(),
                symbols.stream()
                        .map(s -> IdentityKeys.symbol(s.kind(), s.qualifiedName()))
                        .toList());
        Set<String> retryNames = new LinkedHashSet<>();
        boolean[] used = MultisetMatch.usedOld(old.size(), partners);
        for (int i = 0; i < old.size(); i++) {
            if (!used[i]) {
                StoredSymbol vanished = old.get(i);
                ReferenceRows.repend(context, vanished.id(), vanished.name(), fileId);
                context.sql.update("DELETE FROM symbols WHERE id = ?", vanished.id());
                context.forgetCandidates(vanished.name());
                retryNames.add(vanished.name());
            }
        }
        long[] ids = new long[symbols.size()];
        for (int i = 0; i < symbols.size(); i++) {
            ParsedSymbol symbol = symbols.get(i);
            long chunkId = chunkIds[symbol.chunkIndex()];
            if (partners[i] == MultisetMatch.UNMATCHED) {
                ids[i] = insert(context, fileId, symbol, chunkId);
                context.forgetCandidates(symbol.name());
                retryNames.add(symbol.name());
                continue;
            }
            StoredSymbol stored = old.get(partners[i]);
            ids[i] = stored.id();
            if (!unchanged(stored, symbol, chunkId)) {
                update(context, stored.id(), symbol, chunkId);
                context.forgetCandidates(stored.name());
                context.forgetCandidates(symbol.name());
            }
        }
        return new Written(ids, retryNames);
    }

    private static long insert(WriteContext context, long fileId, ParsedSymbol symbol, long chunkId)
            throws SQLException {
        return context.sql.insert(
                "INSERT INTO symbols (file_id, chunk_id, name, qualified_name, kind, start_line, end_line, signature,"
                        + " visibility, is_exported, body_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                fileId,
                chunkId,
                symbol.name(),
                symbol.qualifiedName(),
                symbol.kind().wireName(),
                symbol.startLine(),
                symbol.endLine(),
                symbol.signature(),
                symbol.visibility() == null ? null : symbol.visibility().wireName(),
                symbol.isExported(),
                symbol.bodyHash());
    }

    private static void update(WriteContext context, long id, ParsedSymbol symbol, long chunkId) throws SQLException {
        context.sql.update(
                "UPDATE symbols SET chunk_id = ?, name = ?, qualified_name = ?, start_line = ?, end_line = ?,"
                        + " signature = ?, visibility = ?, is_exported = ?, body_hash = ? WHERE id = ?",
                chunkId,
                symbol.name(),
                symbol.qualifiedName(),
                symbol.startLine(),
                symbol.endLine(),
                symbol.signature(),
                symbol.visibility() == null ? null : symbol.visibility().wireName(),
                symbol.isExported(),
                symbol.bodyHash(),
                id);
    }

    private static boolean unchanged(StoredSymbol stored, ParsedSymbol symbol, long chunkId) {
        return stored.chunkId() == chunkId
                && stored.name().equals(symbol.name())
                && stored.qualifiedName().equals(symbol.qualifiedName())
                && stored.startLine() == symbol.startLine()
                && stored.endLine() == symbol.endLine()
                && Objects.equals(stored.signature(), symbol.signature())
                && Objects.equals(
                        stored.visibility(),
                        symbol.visibility() == null ? null : symbol.visibility().wireName())
                && stored.isExported() == symbol.isExported()
                && stored.bodyHash().equals(symbol.bodyHash());
    }
}
