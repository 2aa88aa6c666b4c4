package shaktiman.testkit.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import shaktiman.core.port.IndexReader.ChunkFilter;
import shaktiman.core.port.IndexReader.SymbolFilter;
import shaktiman.core.port.IndexReader.TestScope;
import shaktiman.core.port.VectorHit;
import shaktiman.core.query.Hit;
import shaktiman.core.query.QueryEngine;
import shaktiman.core.query.QuerySettings;
import shaktiman.core.query.SearchMode;
import shaktiman.core.query.SearchRequest;
import shaktiman.core.query.SearchResult;
import shaktiman.core.query.SemanticSignal;
import shaktiman.core.query.SessionHistory;
import shaktiman.core.query.Strategy;

/**
 * Verifies MCP-26 step 2's vector retrieval through the in-memory store holding the §6 fixture: the vector top N joins
 * the lexical candidates, vector-only candidates scoring 0 are dropped, and path and scope filters apply inside
 * retrieval by over-fetching.
 */
class VectorRetrievalEngineTest {
    private final EngineHarness harness = new EngineHarness();

    @AfterEach
    void close() {
        harness.close();
    }

    /** A semantic signal with fixed cosines per chunk, answering {@code nearest} from them and recording each k. */
    private static final class FixedVectors implements SemanticSignal {
        private final Map<Long, Double> cosines;
        private final List<Integer> asked = new ArrayList<>();

        FixedVectors(Map<Long, Double> cosines) {
            this.cosines = cosines;
        }

        @Override
        public Similarities similarities(String query, Collection<Long> chunkIds) {
            Map<Long, Double> known = new HashMap<>();
            chunkIds.forEach(id -> {
                if (cosines.containsKey(id)) {
                    known.put(id, cosines.get(id));
                }
            });
            return new Similarities.Cosines(known);
        }

        @Override
        public synchronized List<VectorHit> nearest(String query, int k) {
            asked.add(k);
            return cosines.entrySet().stream()
                    .map(e -> new VectorHit(e.getKey(), e.getValue()))
                    .sorted((a, b) -> a.score() != b.score()
                            ? Double.compare(b.score(), a.score())
                            : Long.compare(a.id(), b.id()))
                    .limit(Math.max(0, k))
                    .toList();
        }

        synchronized List<Integer> asked() {
            return List.copyOf(asked);
        }
    }

    private long chunkOf(String name) {
        return harness.store
                .reader()
                .symbolsNamed(name, new SymbolFilter(ChunkFilter.ALL, Optional.empty()), 1)
                .getFirst()
                .chunkId();
    }

    private SearchResult search(SemanticSignal semantic, String query, int maxResults, String path, TestScope scope) {
        QueryEngine engine = harness.engine(QuerySettings.DEFAULTS, semantic, Optional::empty);
        return engine.search(
                        new SearchRequest(query, SearchMode.LOCATE, maxResults, 0, true, path, scope),
                        SessionHistory.none(),
                        () -> false)
                .result();
    }

    private static List<String> names(SearchResult result) {
        return result.results().stream().map(hit -> hit.symbol().orElse("")).toList();
    }

    @Test
    void search_withAVectorOnlyCandidate_returnsItWithALexicalZero() {
        long compare = chunkOf("comparePassword");
        FixedVectors vectors = new FixedVectors(Map.of(compare, 0.9));

        SearchResult result = search(vectors, "zzyzx", 10, "", TestScope.IMPL);

        assertThat(result.strategy()).isEqualTo(Strategy.HYBRID);
        assertThat(names(result)).contains("comparePassword");
        Hit hit = result.results().stream()
                .filter(h -> h.symbol().orElse("").equals("comparePassword"))
                .findFirst()
                .orElseThrow();
        var signals = hit.explain().orElseThrow().signals();
        assertThat(signals.lexical().available()).isTrue();
        assertThat(signals.lexical().value()).isZero();
        assertThat(signals.semantic().available()).isTrue();
        assertThat(signals.semantic().value()).isPositive();
        assertThat(hit.matchedTerms()).isEmpty();
    }

    @Test
    void search_withAVectorOnlyCandidateAtTheFloor_dropsIt() {
        long compare = chunkOf("comparePassword");
        FixedVectors vectors = new FixedVectors(Map.of(compare, 0.3));

        SearchResult result = search(vectors, "zzyzx", 10, "", TestScope.IMPL);

        assertThat(result.results()).isEmpty();
    }

    @Test
    void search_withALexicalCandidateAlsoNearest_scoresItOnce() {
        FixedVectors vectors = new FixedVectors(Map.of(chunkOf("validateToken"), 0.8));

        SearchResult result = search(vectors, "validate token", 10, "", TestScope.IMPL);

        List<Hit> validate = result.results().stream()
                .filter(hit -> hit.symbol().orElse("").equals("validateToken"))
                .toList();
        assertThat(validate).hasSize(1);
        assertThat(validate.getFirst()
                        .explain()
                        .orElseThrow()
                        .signals()
                        .semantic()
                        .available())
                .isTrue();
        assertThat(validate.getFirst().matchedTerms()).isNotEmpty();
    }

    @Test
    void search_withAPathFilter_overFetchesAndKeepsOnlyChunksUnderThePath() {
        Map<Long, Double> cosines = new HashMap<>();
        cosines.put(chunkOf("validateToken"), 0.95);
        cosines.put(chunkOf("refreshToken"), 0.94);
        cosines.put(chunkOf("NewServer"), 0.5);
        FixedVectors vectors = new FixedVectors(cosines);

        SearchResult result = search(vectors, "zzyzx", 1, "go", TestScope.IMPL);

        assertThat(names(result)).containsExactly("NewServer");
        // N = clamp(4·1, 50, 400) = 50; a filter over-fetches ×4 and the store had fewer, so one round.
        assertThat(vectors.asked()).containsExactly(200);
    }

    @Test
    void search_whenTheFirstRoundIsFilteredAway_asksASecondRoundOnly() {
        Map<Long, Double> cosines = new HashMap<>();
        long go = chunkOf("NewServer");
        cosines.put(go, 0.4);
        // 200 chunk ids that match no chunk, ranked above it, fill the first round and are filtered away.
        for (long id = 1_000_000; id < 1_000_200; id++) {
            cosines.put(id, 0.9);
        }
        FixedVectors vectors = new FixedVectors(cosines);

        SearchResult result = search(vectors, "zzyzx", 1, "go", TestScope.IMPL);

        assertThat(names(result)).containsExactly("NewServer");
        assertThat(vectors.asked()).containsExactly(200, 800);
    }

    @Test
    void search_withScopeTest_neverReturnsAVectorCandidateFromAnImplFile() {
        Map<Long, Double> cosines = new HashMap<>();
        cosines.put(chunkOf("comparePassword"), 0.9);
        cosines.put(chunkOf("TestListUsers"), 0.8);
        FixedVectors vectors = new FixedVectors(cosines);

        SearchResult result = search(vectors, "zzyzx", 10, "", TestScope.TEST);

        assertThat(names(result)).containsExactly("TestListUsers");
        assertThat(result.results()).allSatisfy(hit -> assertThat(hit.isTest()).isTrue());
    }

    @Test
    void search_withSemanticDisabled_neverAsksForNearest() {
        FixedVectors vectors = new FixedVectors(Map.of(chunkOf("comparePassword"), 0.9));
        SemanticSignal disabled = new SemanticSignal() {
            @Override
            public Similarities similarities(String query, Collection<Long> chunkIds) {
                return new Similarities.Disabled();
            }

            @Override
            public List<VectorHit> nearest(String query, int k) {
                return vectors.nearest(query, k);
            }
        };

        SearchResult result = search(disabled, "zzyzx", 10, "", TestScope.IMPL);

        assertThat(result.results()).isEmpty();
        assertThat(vectors.asked()).isEmpty();
    }
}
