package shaktiman.adapters.store;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import shaktiman.core.port.IndexReader.ChunkFilter;
import shaktiman.core.port.LexicalHit;
import shaktiman.core.port.TermStatistics;

/** The reader's queries on the contentless {@code chunks_fts} table and its {@code chunks_fts_vocab} (IX-38). */
final class FullTextQueries {
    /**
     * MCP-41's and MCP-51's field weights, in the column order of {@code chunks_fts}: symbol, path, content, doc.
     * FTS5's bm25 is lower-is-better, so the query orders by it ascending and the hit carries it negated.
     */
    static final String BM25 = "bm25(chunks_fts, 4.0, 2.0, 1.0, 0.5)";

    /**
     * Which of the chunk ids in the JSON array bound first hold the term bound second. SQLite collects the term's
     * rowids into a temporary index once and probes it with each id, where {@code rowid IN (…ids…)} ran the MATCH again
     * for every id: side by side at 50,000 chunks, 0.25 ms against 3.5 ms for 200 hits of a rare term, 0.6 against
     * 7.6 for a term in 2,500 chunks, and no slower for a term in most chunks.
     */
    static final String HOLDERS = "SELECT value FROM json_each(?) WHERE value IN"
            + " (SELECT rowid FROM chunks_fts WHERE chunks_fts MATCH ?)";

    private FullTextQueries() {}

    /**
     * The terms that can equal a stored term. Stored terms are analyzer output (MCP-40): lower case, letters, digits
     * and combining marks. The {@code ascii} tokenizer splits at every other ASCII character and folds ASCII case, so
     * a term holding one of those would match a phrase or another case instead of itself; it can equal no stored
     * term, so it is left out (it matches nothing).
     */
    static List<String> matchable(Collection<String> terms) {
        Set<String> distinct = new LinkedHashSet<>();
        for (String term : terms) {
            if (!term.isEmpty() && term.chars().allMatch(FullTextQueries::termCharacter)) {
                distinct.add(term);
            }
        }
        return List.copyOf(distinct);
    }

    private static boolean termCharacter(int c) {
        return c >= 0x80 || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** One FTS5 string per term, never syntax: {@code "term"} with {@code "} doubled. */
    static String phrase(String term) {
        return '"' + term.replace("\"", "\"\"") + '"';
    }

    static String matchAny(List<String> terms) {
        return terms.stream().map(FullTextQueries::phrase).collect(Collectors.joining(" OR "));
    }

    /** The lexical query; the filter applies in the same statement, before its LIMIT. */
    static String lexicalSql(String condition) {
        return "SELECT c.id, " + BM25 + " AS b FROM chunks_fts JOIN chunks c ON c.id = chunks_fts.rowid"
                + " JOIN files f ON f.id = c.file_id WHERE chunks_fts MATCH ?" + condition
                + " ORDER BY b, c.id LIMIT ?";
    }

    static String vocabularySql(int terms) {
        return "SELECT term, doc FROM chunks_fts_vocab WHERE term IN (" + ReadRows.markers(terms) + ")";
    }

    static List<LexicalHit> lexical(Sql sql, Collection<String> terms, ChunkFilter filter, int limit)
            throws SQLException {
        List<String> matchable = matchable(terms);
        if (matchable.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>();
        parameters.add(matchAny(matchable));
        String condition = ReadRows.filterCondition(filter, parameters);
        parameters.add(limit);
        record Scored(long chunkId, double bm25) {}
        List<Scored> scored = sql.query(
                lexicalSql(condition),
                row -> new Scored(row.getLong(1), Math.max(0.0, -row.getDouble(2))),
                parameters.toArray());
        Map<Long, Set<String>> matched = matchedTerms(
                sql, matchable, scored.stream().map(Scored::chunkId).toList());
        List<LexicalHit> hits = new ArrayList<>(scored.size());
        for (Scored hit : scored) {
            hits.add(new LexicalHit(hit.chunkId(), hit.bm25(), matched.get(hit.chunkId())));
        }
        return List.copyOf(hits);
    }

    /** Which terms each chunk holds: one {@link #HOLDERS} query per term. A single term is held by every hit. */
    private static Map<Long, Set<String>> matchedTerms(Sql sql, List<String> terms, List<Long> chunkIds)
            throws SQLException {
        Map<Long, Set<String>> matched = new HashMap<>();
        for (long id : chunkIds) {
            matched.put(id, new HashSet<>());
        }
        if (terms.size() == 1) {
            matched.values().forEach(set -> set.add(terms.getFirst()));
            return matched;
        }
        String ids = chunkIds.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]"));
        for (String term : terms) {
            for (long holder : sql.query(HOLDERS, row -> row.getLong(1), ids, phrase(term))) {
                matched.get(holder).add(term);
            }
        }
        return matched;
    }

    static TermStatistics termStatistics(Sql sql, Collection<String> terms) throws SQLException {
        long chunks =
                sql.query("SELECT count(*) FROM chunks", row -> row.getLong(1)).getFirst();
        Map<String, Long> frequencies = new LinkedHashMap<>();
        for (String term : terms) {
            frequencies.put(term, 0L);
        }
        List<String> matchable = matchable(terms);
        for (int from = 0; from < matchable.size(); from += ReadRows.IN_BATCH) {
            List<String> batch = matchable.subList(from, Math.min(matchable.size(), from + ReadRows.IN_BATCH));
            for (Map.Entry<String, Long> row : sql.query(
                    vocabularySql(batch.size()), row -> Map.entry(row.getString(1), row.getLong(2)), batch.toArray())) {
                frequencies.put(row.getKey(), row.getValue());
            }
        }
        return new TermStatistics(chunks, frequencies);
    }
}
