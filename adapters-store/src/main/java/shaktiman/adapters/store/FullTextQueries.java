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

    /**
     * Every match in MCP-41's order, best first and then by chunk id, from the full-text index alone; rows from {@code
     * ?2}-th on, at most {@code ?1} of them ({@code -1}: all). The filter and the join with {@code chunks} run only on
     * the rows read ({@link #keptSql}). At 55,000 chunks and about 14,000 matches per query, joining every match with
     * {@code chunks} and {@code files} before the sort cost about as much as bm25 itself; a bounded window also lets
     * SQLite keep only the best rows instead of sorting them all.
     */
    static final String RANKED = "SELECT rowid, " + BM25 + " AS b FROM chunks_fts WHERE chunks_fts MATCH ?"
            + " ORDER BY b, rowid LIMIT ? OFFSET ?";

    /**
     * One term's matches with their BM25 for that term alone, by chunk id ({@link TermScores}); FTS5 reads a MATCH in
     * rowid order, so the order costs no sort.
     */
    static final String TERM_SCORES =
            "SELECT rowid, " + BM25 + " FROM chunks_fts WHERE chunks_fts MATCH ? ORDER BY rowid";

    /** The first window is this many times the limit; past it (a filter that drops most rows) the rest is read. */
    static final int WINDOW_FACTOR = 4;

    /** Which of {@code ids} chunk ids are chunks that pass {@code condition} (filter terms on {@code c} and {@code f}). */
    static String keptSql(int ids, String condition) {
        return "SELECT c.id FROM chunks c JOIN files f ON f.id = c.file_id WHERE c.id IN (" + ReadRows.markers(ids)
                + ")" + condition;
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
        List<Scored> scored = ranked(sql, matchAny(matchable), filter, limit);
        Map<Long, Set<String>> matched = matchedTerms(
                sql, matchable, scored.stream().map(Scored::chunkId).toList());
        List<LexicalHit> hits = new ArrayList<>(scored.size());
        for (Scored hit : scored) {
            hits.add(new LexicalHit(hit.chunkId(), hit.bm25(), matched.get(hit.chunkId())));
        }
        return List.copyOf(hits);
    }

    private record Scored(long chunkId, double bm25) {}

    /** Where {@link #lexicalBySums} takes a term's scores from: a cache, or null to read them. */
    @FunctionalInterface
    interface CachedScores {
        TermScores get(String term);
    }

    /**
     * {@link #lexical}'s answer, computed from each term's {@link TermScores} ({@link SummedScores}): those of {@code
     * cached}, else read here into {@code read}. With most terms cached, the OR query's BM25 is not computed again for
     * every matching row (about 1 µs each, and a common term of a large index matches thousands); the filter and the
     * limit apply as in {@link #ranked}, batch by batch down the same order.
     */
    static List<LexicalHit> lexicalBySums(
            Sql sql,
            Collection<String> terms,
            ChunkFilter filter,
            int limit,
            CachedScores cached,
            Map<String, TermScores> read)
            throws SQLException {
        List<String> matchable = matchable(terms);
        if (matchable.isEmpty()) {
            return List.of();
        }
        List<TermScores> scores = new ArrayList<>(matchable.size());
        for (String term : matchable) {
            TermScores known = cached.get(term);
            if (known == null) {
                known = termScores(sql, term);
                read.put(term, known);
            }
            scores.add(known);
        }
        SummedScores summed = SummedScores.of(scores);
        List<Object> filterParameters = new ArrayList<>();
        String condition = ReadRows.filterCondition(filter, filterParameters);
        int batchSize = Math.min(ReadRows.IN_BATCH, limit);
        List<Scored> kept = new ArrayList<>(limit);
        List<Scored> batch = new ArrayList<>(batchSize);
        int window = (int) Math.min(summed.size(), (long) limit * WINDOW_FACTOR);
        int[] order = summed.best(window);
        for (int i = 0; i < summed.size() && kept.size() < limit; i++) {
            if (i == order.length) {
                order = summed.best(summed.size()); // the filter dropped most of the window: rank the rest too
            }
            batch.add(new Scored(summed.chunkId(order[i]), Math.max(0.0, summed.score(order[i]))));
            if (batch.size() == batchSize) {
                keep(sql, batch, condition, filterParameters, kept, limit);
            }
        }
        keep(sql, batch, condition, filterParameters, kept, limit);
        List<LexicalHit> hits = new ArrayList<>(kept.size());
        for (Scored hit : kept) {
            Set<String> matched = new HashSet<>();
            for (int t = 0; t < matchable.size(); t++) {
                if (scores.get(t).holds(hit.chunkId())) {
                    matched.add(matchable.get(t));
                }
            }
            hits.add(new LexicalHit(hit.chunkId(), hit.bm25(), matched));
        }
        return List.copyOf(hits);
    }

    /** {@link #TERM_SCORES} for one term: its matches with FTS5's BM25 for it alone, made positive. */
    static TermScores termScores(Sql sql, String term) throws SQLException {
        TermScores.Builder builder = new TermScores.Builder();
        sql.scan(
                TERM_SCORES,
                row -> {
                    builder.add(row.getLong(1), -row.getDouble(2));
                    return true;
                },
                phrase(term));
        return builder.build();
    }

    /**
     * The best {@code limit} matches that pass {@code filter}, best first: rows of {@link #RANKED} are read in order,
     * in batches checked with {@link #keptSql}, until {@code limit} pass; so the filter applies before the limit.
     */
    private static List<Scored> ranked(Sql sql, String match, ChunkFilter filter, int limit) throws SQLException {
        List<Object> filterParameters = new ArrayList<>();
        String condition = ReadRows.filterCondition(filter, filterParameters);
        int batchSize = Math.min(ReadRows.IN_BATCH, limit);
        List<Scored> kept = new ArrayList<>(limit);
        List<Scored> batch = new ArrayList<>(batchSize);
        int window = (int) Math.min(Integer.MAX_VALUE, (long) limit * WINDOW_FACTOR);
        int[] read = {0};
        Sql.RowVisitor visitor = row -> {
            read[0]++;
            batch.add(new Scored(row.getLong(1), Math.max(0.0, -row.getDouble(2))));
            if (batch.size() == batchSize) {
                keep(sql, batch, condition, filterParameters, kept, limit);
            }
            return kept.size() < limit;
        };
        sql.scan(RANKED, visitor, match, window, 0);
        if (kept.size() < limit && read[0] == window) {
            keep(sql, batch, condition, filterParameters, kept, limit);
            sql.scan(RANKED, visitor, match, -1, window);
        }
        keep(sql, batch, condition, filterParameters, kept, limit);
        return kept;
    }

    /** Moves the rows of {@code batch} that pass the filter to {@code kept}, in order, up to {@code limit}. */
    private static void keep(
            Sql sql, List<Scored> batch, String condition, List<Object> filterParameters, List<Scored> kept, int limit)
            throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        List<Object> ids = new ArrayList<>(batch.size());
        batch.forEach(row -> ids.add(row.chunkId()));
        List<Object> parameters = new ArrayList<>(ReadRows.padded(ids));
        int markers = parameters.size();
        parameters.addAll(filterParameters);
        Set<Long> passing =
                new HashSet<>(sql.query(keptSql(markers, condition), row -> row.getLong(1), parameters.toArray()));
        for (Scored row : batch) {
            if (kept.size() < limit && passing.contains(row.chunkId())) {
                kept.add(row);
            }
        }
        batch.clear();
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
        return new TermStatistics(chunkCount(sql), frequencies(sql, terms));
    }

    /** N of MCP-41's idf: the number of chunks. */
    static long chunkCount(Sql sql) throws SQLException {
        return sql.query("SELECT count(*) FROM chunks", row -> row.getLong(1)).getFirst();
    }

    /** The number of chunks holding each term, 0 for a term no chunk holds (or none can, {@link #matchable}). */
    static Map<String, Long> frequencies(Sql sql, Collection<String> terms) throws SQLException {
        Map<String, Long> frequencies = new LinkedHashMap<>();
        for (String term : terms) {
            frequencies.put(term, 0L);
        }
        List<String> matchable = matchable(terms);
        for (int from = 0; from < matchable.size(); from += ReadRows.IN_BATCH) {
            List<String> batch =
                    ReadRows.padded(matchable.subList(from, Math.min(matchable.size(), from + ReadRows.IN_BATCH)));
            for (Map.Entry<String, Long> row : sql.query(
                    vocabularySql(batch.size()), row -> Map.entry(row.getString(1), row.getLong(2)), batch.toArray())) {
                frequencies.put(row.getKey(), row.getValue());
            }
        }
        return frequencies;
    }
}
