package shaktiman.adapters.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import shaktiman.core.port.ChunkRecord;
import shaktiman.core.port.SymbolRecord;

/** The reader's lookups of chunks and symbols by id, each one statement per batch of {@link ReadRows#IN_BATCH} ids. */
final class RowQueries {
    private RowQueries() {}

    static String chunksSql(int ids) {
        return "SELECT " + ReadRows.CHUNK_COLUMNS + " FROM chunks c JOIN files f ON f.id = c.file_id WHERE c.id IN ("
                + ReadRows.markers(ids) + ") ORDER BY c.id";
    }

    static String partGroupsSql(int groups) {
        return "SELECT " + ReadRows.CHUNK_COLUMNS + " FROM chunks c JOIN files f ON f.id = c.file_id"
                + " WHERE c.part_group IN (" + ReadRows.markers(groups) + ") ORDER BY c.part_group, c.start_line, c.id";
    }

    static String symbolsSql(int ids) {
        return "SELECT " + ReadRows.SYMBOL_COLUMNS + " FROM symbols s JOIN files f ON f.id = s.file_id WHERE s.id IN ("
                + ReadRows.markers(ids) + ") ORDER BY s.id";
    }

    static String symbolsOfChunksSql(int chunks) {
        return "SELECT " + ReadRows.SYMBOL_COLUMNS + " FROM symbols s JOIN files f ON f.id = s.file_id"
                + " WHERE s.chunk_id IN (" + ReadRows.markers(chunks) + ") ORDER BY s.chunk_id, s.start_line, s.id";
    }

    static Map<Long, ChunkRecord> chunks(Sql sql, Collection<Long> ids) throws SQLException {
        Map<Long, ChunkRecord> chunks = new LinkedHashMap<>();
        for (List<Long> batch : ReadRows.batches(ids)) {
            for (ChunkRecord chunk : sql.query(chunksSql(batch.size()), ReadRows::chunk, batch.toArray())) {
                chunks.put(chunk.id(), chunk);
            }
        }
        return Collections.unmodifiableMap(chunks);
    }

    /** Batches go by ascending group id and each is ordered by group, so their concatenation is too. */
    static List<ChunkRecord> partGroups(Sql sql, Collection<Long> groups) throws SQLException {
        List<ChunkRecord> chunks = new ArrayList<>();
        for (List<Long> batch : ReadRows.batches(groups)) {
            chunks.addAll(sql.query(partGroupsSql(batch.size()), ReadRows::chunk, batch.toArray()));
        }
        return List.copyOf(chunks);
    }

    static Map<Long, SymbolRecord> symbols(Sql sql, Collection<Long> ids) throws SQLException {
        Map<Long, SymbolRecord> symbols = new LinkedHashMap<>();
        for (List<Long> batch : ReadRows.batches(ids)) {
            for (SymbolRecord symbol : sql.query(symbolsSql(batch.size()), ReadRows::symbol, batch.toArray())) {
                symbols.put(symbol.id(), symbol);
            }
        }
        return Collections.unmodifiableMap(symbols);
    }

    static List<SymbolRecord> symbolsOfChunks(Sql sql, Collection<Long> chunkIds) throws SQLException {
        List<SymbolRecord> symbols = new ArrayList<>();
        for (List<Long> batch : ReadRows.batches(chunkIds)) {
            symbols.addAll(sql.query(symbolsOfChunksSql(batch.size()), ReadRows::symbol, batch.toArray()));
        }
        return List.copyOf(symbols);
    }
}
