package shaktiman.core.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import shaktiman.core.port.ChunkRecord;
import shaktiman.core.port.IndexReader;
import shaktiman.core.port.IndexReader.ChunkFilter;
import shaktiman.core.port.LatestChange;
import shaktiman.core.port.LexicalHit;
import shaktiman.core.port.SymbolRecord;
import shaktiman.core.port.TermStatistics;
import shaktiman.core.port.VectorHit;
import shaktiman.core.text.IdentifierAnalyzer;

/**
 * Steps 1–5 of MCP-26, shared by {@code search} and {@code context}: analyse, retrieve with the filters inside, merge
 * split parts, attribute whole-container hits to the members the query names ({@link MemberHits}), rank by MCP-41/42
 * and drop what falls under {@code min_score}. While the semantic signal is available, the vector top N joins the
 * lexical candidates ({@link VectorCandidates}). Its store reads are batched: one lexical call, one chunk fetch (plus
 * one per vector round and one for split parts), one symbol fetch shared by member hits and the structural signal, the structural signal's graph
 * queries, one change lookup.
 *
 * <p>A member hit takes its chunk's signals except two. Its lexical value is MCP-41's formula with coverage computed
 * over the member's own terms (its lines, name, qualified name and path, {@link MemberHits#terms}) and the BM25 share
 * of its chunk, whose BM25 the index only knows per chunk; its {@code matched_terms} are the query terms in those same
 * own terms. Its session value is keyed by its own qualified name (MCP-43). So two members of one chunk differ only
 * where what they show differs, and explain still sums to the score.
 */
final class CandidateRanker {
    private final IndexReader reader;
    private final IdentifierAnalyzer analyzer;
    private final SemanticSignal semantic;
    private final QuerySettings settings;
    private final MemberHits members;

    /** The outcome: the query's terms, the strategy and warning, and the units at or above min_score, best first. */
    record Ranked(List<String> terms, Strategy strategy, Optional<String> warning, List<Unit> units) {}

    /** One lexical candidate before merging: its chunk and its relevance inputs. */
    private record Scored(
            ChunkRecord chunk, LexicalHit hit, double lexical, OptionalDouble semantic, double relevance) {}

    CandidateRanker(IndexReader reader, IdentifierAnalyzer analyzer, SemanticSignal semantic, QuerySettings settings) {
        this.reader = reader;
        this.analyzer = analyzer;
        this.semantic = semantic;
        this.settings = settings;
        this.members = new MemberHits(analyzer);
    }

    /** MCP-26's candidate count for a {@code max_results}: {@code clamp(4·max_results, 50, 400)}. */
    static int candidateCount(int maxResults) {
        return Math.max(50, Math.min(400, 4 * maxResults));
    }

    Ranked rank(
            String query,
            ChunkFilter filter,
            int candidates,
            double minScore,
            SessionHistory session,
            Instant now,
            Cancellation cancel) {
        List<String> terms = analyzer.queryTerms(query).stream().distinct().toList();
        if (terms.isEmpty()) {
            return semanticOnly(query, List.of());
        }
        List<String> baseTerms =
                analyzer.queryBaseTerms(query).stream().distinct().toList();
        if (baseTerms.isEmpty()) {
            baseTerms = terms;
        }
        cancel.check("analysis");
        List<LexicalHit> hits = new ArrayList<>(reader.lexical(terms, filter, candidates));
        cancel.check("lexical retrieval");
        List<Long> ids = hits.stream().map(LexicalHit::chunkId).toList();
        Map<Long, ChunkRecord> chunks = new HashMap<>(ids.isEmpty() ? Map.of() : reader.chunks(ids));
        SemanticSignal.Similarities similarities = semantic.similarities(query, ids);
        Ranked shell = semanticOnly(terms, similarities);
        if (similarities instanceof SemanticSignal.Similarities.Cosines cosines) {
            similarities = withVectorCandidates(query, filter, candidates, cosines, hits, chunks, cancel);
        }
        if (hits.isEmpty()) {
            return shell;
        }
        cancel.check("chunk fetch");
        TermStatistics statistics = reader.termStatistics(baseTerms);
        Map<Long, List<ChunkRecord>> groups = partGroups(chunks.values());
        double best = hits.stream().mapToDouble(LexicalHit::bm25).max().orElse(0);
        Map<Object, List<Scored>> byUnit = new LinkedHashMap<>();
        for (LexicalHit hit : hits) {
            cancel.candidate();
            ChunkRecord chunk = chunks.get(hit.chunkId());
            if (chunk == null) {
                continue; // removed since the lexical read: left out, as the port leaves out missing ids
            }
            double lexical =
                    Ranking.lexical(Ranking.coverage(hit.matchedTerms(), baseTerms, statistics), hit.bm25(), best);
            OptionalDouble semanticValue = semanticValue(similarities, chunk.id());
            double relevance = Ranking.combine(settings.weights(), semanticValue, lexical, 0, 0, 0)
                    .relevance();
            Object unitKey = chunk.partGroup() != 0 ? (Object) ("g" + chunk.partGroup()) : (Object) chunk.id();
            byUnit.computeIfAbsent(unitKey, key -> new ArrayList<>())
                    .add(new Scored(chunk, hit, lexical, semanticValue, relevance));
        }
        List<Draft> drafts = new ArrayList<>();
        for (List<Scored> scored : byUnit.values()) {
            Scored bestPart = scored.stream()
                    .max(Comparator.comparingDouble(Scored::relevance))
                    .orElseThrow();
            ChunkRecord chunk = bestPart.chunk();
            List<ChunkRecord> parts =
                    chunk.partGroup() != 0 ? groups.getOrDefault(chunk.partGroup(), List.of(chunk)) : List.of(chunk);
            Set<String> matched = new HashSet<>();
            scored.forEach(s -> matched.addAll(s.hit().matchedTerms()));
            drafts.add(new Draft(
                    parts,
                    terms.stream().filter(matched::contains).toList(),
                    bestPart.hit().bm25(),
                    bestPart.lexical(),
                    bestPart.semantic(),
                    bestPart.relevance()));
        }
        cancel.check("merge");
        Query analysed = new Query(terms, baseTerms, statistics, best);
        return new Ranked(
                terms, shell.strategy(), shell.warning(), finish(drafts, analysed, minScore, session, now, cancel));
    }

    /** The analysed query and the lexical figures member hits recompute their lexical value with. */
    private record Query(List<String> terms, List<String> baseTerms, TermStatistics statistics, double bestBm25) {}

    /** A merged candidate with its relevance inputs, before the context signals. */
    private record Draft(
            List<ChunkRecord> parts,
            List<String> matched,
            double bm25,
            double lexical,
            OptionalDouble semantic,
            double relevance) {
        String path() {
            return parts.getFirst().filePath();
        }

        int startLine() {
            return parts.stream().mapToInt(ChunkRecord::startLine).min().orElseThrow();
        }

        int endLine() {
            return parts.stream().mapToInt(ChunkRecord::endLine).max().orElseThrow();
        }

        String qualifiedName() {
            return parts.getFirst().qualifiedName();
        }
    }

    /**
     * What a draft becomes: itself, or one of its chunk's named members, with the lexical inputs that differ for a
     * member.
     *
     * @param draft the index of the draft, whose other signals it takes
     */
    private record Entry(int draft, Optional<SymbolRecord> member, List<String> matched, double lexical) {}

    private List<Unit> finish(
            List<Draft> drafts,
            Query query,
            double minScore,
            SessionHistory session,
            Instant now,
            Cancellation cancel) {
        List<Integer> byRelevance = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            byRelevance.add(i);
        }
        byRelevance.sort(
                Comparator.comparingDouble((Integer i) -> -drafts.get(i).relevance())
                        .thenComparing(i -> drafts.get(i).path(), Ordering.CODE_POINTS)
                        .thenComparingInt(i -> drafts.get(i).startLine()));
        List<Integer> pool = byRelevance.subList(0, Math.min(Ranking.STRUCTURAL_POOL, byRelevance.size()));
        List<List<Long>> poolChunks = pool.stream()
                .map(i -> drafts.get(i).parts().stream().map(ChunkRecord::id).toList())
                .toList();
        Set<Long> chunkIds = new HashSet<>();
        drafts.forEach(d -> d.parts().forEach(c -> chunkIds.add(c.id())));
        List<SymbolRecord> chunkSymbols = chunkIds.isEmpty() ? List.of() : reader.symbolsOfChunks(chunkIds);
        int[] related = StructuralSignal.related(reader, chunkSymbols, poolChunks, cancel);
        double[] structural = new double[drafts.size()];
        for (int p = 0; p < pool.size(); p++) {
            structural[pool.get(p)] = Ranking.structural(related[p]);
        }
        cancel.check("structural signal");
        List<Entry> entries = entries(drafts, chunkSymbols, query, cancel);
        cancel.check("member hits");
        Set<String> paths = new HashSet<>();
        drafts.forEach(d -> paths.add(d.path()));
        Map<String, LatestChange> latest = reader.latestChanges(paths);
        List<SessionHistory.Key> keys = entries.stream()
                .map(e -> {
                    Draft d = drafts.get(e.draft());
                    return e.member()
                            .map(m -> SessionHistory.Key.of(d.path(), m.qualifiedName(), m.startLine()))
                            .orElseGet(() -> SessionHistory.Key.of(d.path(), d.qualifiedName(), d.startLine()));
                })
                .toList();
        Map<SessionHistory.Key, Double> sessionValues = session.values(keys);
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            cancel.candidate();
            Entry entry = entries.get(i);
            Draft draft = drafts.get(entry.draft());
            Explain exact = Ranking.combine(
                    settings.weights(),
                    draft.semantic(),
                    entry.lexical(),
                    structural[entry.draft()],
                    change(draft, latest.get(draft.path()), now),
                    sessionValues.getOrDefault(keys.get(i), 0.0));
            double score = Scores.units4(exact.score()) / 10_000.0;
            if (Scores.atLeast(score, minScore)) {
                units.add(new Unit(draft.parts(), entry.member(), entry.matched(), exact, score));
            }
        }
        units.sort(Ordering.UNITS);
        return units;
    }

    /**
     * Each draft as itself, or as its chunk's named members ({@link MemberHits}) less any member already shown by
     * another candidate of the same symbol occurrence (same file and qualified name, common lines); a draft whose named
     * members are all shown elsewhere stays itself.
     */
    private List<Entry> entries(List<Draft> drafts, List<SymbolRecord> chunkSymbols, Query query, Cancellation cancel) {
        Map<Long, List<SymbolRecord>> symbolsOfChunk = new HashMap<>();
        chunkSymbols.forEach(symbol -> symbolsOfChunk
                .computeIfAbsent(symbol.chunkId(), id -> new ArrayList<>())
                .add(symbol));
        Map<String, List<Integer>> draftsOfName = new HashMap<>();
        for (int i = 0; i < drafts.size(); i++) {
            Draft draft = drafts.get(i);
            if (!draft.qualifiedName().isEmpty()) {
                draftsOfName
                        .computeIfAbsent(draft.path() + "\n" + draft.qualifiedName(), k -> new ArrayList<>())
                        .add(i);
            }
        }
        Set<String> queryTerms = Set.copyOf(query.terms());
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            cancel.candidate();
            Draft draft = drafts.get(i);
            List<Entry> named = new ArrayList<>();
            if (draft.parts().size() == 1) {
                ChunkRecord chunk = draft.parts().getFirst();
                Set<String> chunkMatches = new HashSet<>(draft.matched());
                chunkMatches.retainAll(query.baseTerms());
                for (SymbolRecord member : members.named(
                        chunk, symbolsOfChunk.getOrDefault(chunk.id(), List.of()), queryTerms, chunkMatches)) {
                    if (!shownElsewhere(member, i, drafts, draftsOfName)) {
                        named.add(memberEntry(i, draft, chunk, member, query));
                    }
                }
            }
            if (named.isEmpty()) {
                entries.add(new Entry(i, Optional.empty(), draft.matched(), draft.lexical()));
            } else {
                entries.addAll(named);
            }
        }
        return entries;
    }

    private Entry memberEntry(int index, Draft draft, ChunkRecord chunk, SymbolRecord member, Query query) {
        Set<String> own = members.terms(chunk, member);
        List<String> matched = query.terms().stream().filter(own::contains).toList();
        double coverage = Ranking.coverage(matched, query.baseTerms(), query.statistics());
        return new Entry(
                index, Optional.of(member), matched, Ranking.lexical(coverage, draft.bm25(), query.bestBm25()));
    }

    private static boolean shownElsewhere(
            SymbolRecord member, int self, List<Draft> drafts, Map<String, List<Integer>> draftsOfName) {
        for (int other : draftsOfName.getOrDefault(member.filePath() + "\n" + member.qualifiedName(), List.of())) {
            Draft draft = drafts.get(other);
            if (other != self && draft.startLine() <= member.endLine() && member.startLine() <= draft.endLine()) {
                return true;
            }
        }
        return false;
    }

    private static double change(Draft draft, LatestChange latest, Instant now) {
        if (latest == null) {
            return 0;
        }
        boolean changed = draft.parts().stream().anyMatch(c -> latest.chunkIds().contains(c.id()));
        return Ranking.change(Duration.between(latest.appliedAt(), now), changed);
    }

    private Map<Long, List<ChunkRecord>> partGroups(Iterable<ChunkRecord> chunks) {
        Set<Long> groups = new HashSet<>();
        for (ChunkRecord chunk : chunks) {
            if (chunk.partGroup() != 0) {
                groups.add(chunk.partGroup());
            }
        }
        Map<Long, List<ChunkRecord>> byGroup = new HashMap<>();
        if (!groups.isEmpty()) {
            for (ChunkRecord part : reader.partGroups(groups)) {
                byGroup.computeIfAbsent(part.partGroup(), g -> new ArrayList<>())
                        .add(part);
            }
        }
        return byGroup;
    }

    /**
     * MCP-26 step 2's vector top N merged into the lexical candidates: each vector candidate not found lexically joins
     * {@code hits} as a lexical candidate with no BM25 and no matched term (a computed lexical 0), unless its semantic
     * value is 0 (MCP-41: such vector-only candidates are dropped). Its chunk joins {@code chunks}.
     *
     * @return the lexical candidates' cosines plus the vector candidates'
     */
    private SemanticSignal.Similarities withVectorCandidates(
            String query,
            ChunkFilter filter,
            int candidates,
            SemanticSignal.Similarities.Cosines lexicalCosines,
            List<LexicalHit> hits,
            Map<Long, ChunkRecord> chunks,
            Cancellation cancel) {
        VectorCandidates.Found found =
                VectorCandidates.find(semantic, reader, query, filter, candidates, chunks, cancel);
        Map<Long, Double> cosines = new HashMap<>(lexicalCosines.byChunk());
        for (VectorHit hit : found.hits()) {
            cosines.putIfAbsent(hit.id(), hit.score());
            if (!chunks.containsKey(hit.id()) && Ranking.semantic(hit.score(), settings.similarityFloor()) > 0) {
                chunks.put(hit.id(), found.chunks().get(hit.id()));
                hits.add(new LexicalHit(hit.id(), 0, Set.of()));
            }
        }
        return new SemanticSignal.Similarities.Cosines(cosines);
    }

    private OptionalDouble semanticValue(SemanticSignal.Similarities similarities, long chunkId) {
        if (similarities instanceof SemanticSignal.Similarities.Cosines(Map<Long, Double> byChunk)) {
            Double cosine = byChunk.get(chunkId);
            if (cosine != null) {
                return OptionalDouble.of(Ranking.semantic(cosine, settings.similarityFloor()));
            }
        }
        return OptionalDouble.empty();
    }

    private Ranked semanticOnly(String query, List<String> terms) {
        return semanticOnly(terms, semantic.similarities(query, List.of()));
    }

    private static Ranked semanticOnly(List<String> terms, SemanticSignal.Similarities similarities) {
        return switch (similarities) {
            case SemanticSignal.Similarities.Disabled disabled ->
                new Ranked(terms, Strategy.KEYWORD, Optional.empty(), List.of());
            case SemanticSignal.Similarities.Unavailable(String reason) ->
                new Ranked(
                        terms,
                        Strategy.KEYWORD,
                        Optional.of("Semantic search unavailable: " + reason + "; keyword results only."),
                        List.of());
            case SemanticSignal.Similarities.Cosines cosines ->
                new Ranked(terms, Strategy.HYBRID, Optional.empty(), List.of());
        };
    }
}
