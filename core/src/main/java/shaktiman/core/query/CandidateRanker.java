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
import shaktiman.core.port.TermStatistics;
import shaktiman.core.text.IdentifierAnalyzer;

/**
 * Steps 1–5 of MCP-26, shared by {@code search} and {@code context}: analyse, retrieve with the filters inside, merge
 * split parts, rank by MCP-41/42 and drop what falls under {@code min_score}. Its store reads are batched: one lexical
 * call, one chunk fetch (plus one for split parts), the structural signal's graph queries, one change lookup.
 */
final class CandidateRanker {
    private final IndexReader reader;
    private final IdentifierAnalyzer analyzer;
    private final SemanticSignal semantic;
    private final QuerySettings settings;

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
        List<LexicalHit> hits = reader.lexical(terms, filter, candidates);
        cancel.check("lexical retrieval");
        List<Long> ids = hits.stream().map(LexicalHit::chunkId).toList();
        Map<Long, ChunkRecord> chunks = ids.isEmpty() ? Map.of() : reader.chunks(ids);
        SemanticSignal.Similarities similarities = semantic.similarities(query, ids);
        Ranked shell = semanticOnly(terms, similarities);
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
                    bestPart.lexical(),
                    bestPart.semantic(),
                    bestPart.relevance()));
        }
        cancel.check("merge");
        return new Ranked(terms, shell.strategy(), shell.warning(), finish(drafts, minScore, session, now, cancel));
    }

    /** A merged candidate with its relevance inputs, before the context signals. */
    private record Draft(
            List<ChunkRecord> parts, List<String> matched, double lexical, OptionalDouble semantic, double relevance) {
        String path() {
            return parts.getFirst().filePath();
        }

        int startLine() {
            return parts.stream().mapToInt(ChunkRecord::startLine).min().orElseThrow();
        }
    }

    private List<Unit> finish(
            List<Draft> drafts, double minScore, SessionHistory session, Instant now, Cancellation cancel) {
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
        int[] related = StructuralSignal.related(reader, poolChunks, cancel);
        double[] structural = new double[drafts.size()];
        for (int p = 0; p < pool.size(); p++) {
            structural[pool.get(p)] = Ranking.structural(related[p]);
        }
        cancel.check("structural signal");
        Set<String> paths = new HashSet<>();
        drafts.forEach(d -> paths.add(d.path()));
        Map<String, LatestChange> latest = reader.latestChanges(paths);
        List<SessionHistory.Key> keys = drafts.stream()
                .map(d -> SessionHistory.Key.of(d.path(), d.parts().getFirst().qualifiedName(), d.startLine()))
                .toList();
        Map<SessionHistory.Key, Double> sessionValues = session.values(keys);
        List<Unit> units = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            cancel.candidate();
            Draft draft = drafts.get(i);
            Explain exact = Ranking.combine(
                    settings.weights(),
                    draft.semantic(),
                    draft.lexical(),
                    structural[i],
                    change(draft, latest.get(draft.path()), now),
                    sessionValues.getOrDefault(keys.get(i), 0.0));
            double score = Scores.units4(exact.score()) / 10_000.0;
            if (Scores.atLeast(score, minScore)) {
                units.add(new Unit(draft.parts(), draft.matched(), exact, score));
            }
        }
        units.sort(Ordering.UNITS);
        return units;
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
