package shaktiman.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.model.index.IndexBatch;
import shaktiman.core.model.index.IndexJob;
import shaktiman.core.model.index.ParsedFile;
import shaktiman.core.port.IndexReader;
import shaktiman.core.port.IndexReader.ChunkFilter;
import shaktiman.core.port.IndexReader.SymbolFilter;
import shaktiman.core.port.IndexReader.TestScope;
import shaktiman.core.port.IndexStoreException;
import shaktiman.core.port.LexicalHit;
import shaktiman.core.port.SymbolRecord;
import shaktiman.testkit.TestFiles;

/** Verifies the fake's reader: FTS5's BM25, filters inside retrieval, resolved edges and pending references. */
class InMemoryIndexReaderTest {

    private static InMemoryIndexStore storeWith(ParsedFile... files) {
        InMemoryIndexStore store = new InMemoryIndexStore();
        store.writer()
                .apply(IndexBatch.of(List.of(files).stream()
                        .map(f -> (IndexJob) new IndexJob.Upsert(f))
                        .toList()));
        return store;
    }

    @Test
    void lexical_scoresAsFts5Bm25WithColumnWeights() {
        // Three rows; "alpha" is in row 1's symbol (weight 4) and content (weight 1), and in no other row.
        InMemoryIndexStore store = storeWith(
                TestFiles.file("a.go").function("alpha", "alpha beta").build(),
                TestFiles.file("b.go").function("gamma", "beta beta").build(),
                TestFiles.file("c.go").function("delta", "beta").build());
        IndexReader reader = store.reader();

        List<LexicalHit> hits = reader.lexical(List.of("alpha"), ChunkFilter.ALL, 10);

        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.matchedTerms()).containsExactly("alpha");
            assertThat(hit.bm25()).isCloseTo(expectedAlpha(), within(1e-9));
        });
    }

    /** BM25 of "alpha" in a.go's row, worked out from the row lengths the analyzer gives. */
    private static double expectedAlpha() {
        // symbol column (IX-38): the chunk's names, then each attached symbol's (the file symbol, then alpha):
        // alpha alpha go go alpha alpha (the 1-letter "a" of "a.go" is dropped): 6 terms;
        // path column: "a.go" -> go: 1 term; content "alpha beta": 2 terms; doc: none.
        int rowA = 6 + 1 + 2;
        int rowB = 6 + 1 + 2; // ... | go | beta beta
        int rowC = 6 + 1 + 1; // ... | go | beta
        double avgdl = (rowA + rowB + rowC) / 3.0;
        double idf = Math.log((3 - 1 + 0.5) / (1 + 0.5));
        double frequency = 4 * 4 + 1; // four times in symbol (weight 4), once in content (weight 1)
        return idf * frequency * 2.2 / (frequency + 1.2 * (1 - 0.75 + 0.75 * rowA / avgdl));
    }

    @Test
    void lexical_ofATermInEveryRow_usesTheTinyIdfFloor() {
        InMemoryIndexStore store = storeWith(
                TestFiles.file("a.go").function("one", "beta").build(),
                TestFiles.file("b.go").function("two", "beta").build());

        List<LexicalHit> hits = store.reader().lexical(List.of("beta"), ChunkFilter.ALL, 10);

        assertThat(hits)
                .hasSize(2)
                .allSatisfy(hit -> assertThat(hit.bm25()).isPositive().isLessThan(1e-5));
        assertThat(hits).extracting(LexicalHit::chunkId).isSorted();
    }

    @Test
    void lexical_appliesPathAndScopeBeforeTheLimit() {
        InMemoryIndexStore store = storeWith(
                TestFiles.file("src/a.go").function("beta", "beta beta beta").build(),
                TestFiles.file("srcx/b.go").function("beta", "beta").build(),
                TestFiles.file("src/c_test.go")
                        .test(true)
                        .function("beta", "beta")
                        .build());

        List<LexicalHit> hits = store.reader().lexical(List.of("beta"), new ChunkFilter("src", TestScope.IMPL), 1);
        List<LexicalHit> tests = store.reader().lexical(List.of("beta"), new ChunkFilter("", TestScope.TEST), 10);

        assertThat(hits)
                .singleElement()
                .satisfies(hit -> assertThat(store.reader()
                                .chunks(List.of(hit.chunkId()))
                                .get(hit.chunkId())
                                .filePath())
                        .isEqualTo("src/a.go"));
        assertThat(tests).hasSize(1);
    }

    @Test
    void termStatistics_countsRowsPerTermAndN() {
        InMemoryIndexStore store = storeWith(
                TestFiles.file("a.go").function("one", "beta").build(),
                TestFiles.file("b.go").function("two", "gamma").build());

        var statistics = store.reader().termStatistics(List.of("beta", "nothing"));

        assertThat(statistics.chunkCount()).isEqualTo(2);
        assertThat(statistics.frequency("beta")).isEqualTo(1);
        assertThat(statistics.frequency("nothing")).isZero();
    }

    @Test
    void edges_resolveCallsAndKeepUnresolvedNamesPending() {
        InMemoryIndexStore store = storeWith(TestFiles.file("src/a.go")
                .function("caller", "func caller() { helper(); fmt.Println() }")
                .function("helper", "func helper() {}")
                .calls("caller", "helper")
                .calls("caller", "Println")
                .build());
        IndexReader reader = store.reader();
        SymbolRecord caller = reader.symbolsNamed("caller", new SymbolFilter(ChunkFilter.ALL, Optional.empty()), 10)
                .getFirst();

        var edges = reader.edges(List.of(caller.id()), true, Set.of());
        var pending = reader.unresolvedReferencesFrom(List.of(caller.id()), Set.of());

        assertThat(edges).singleElement().satisfies(edge -> {
            assertThat(reader.symbols(List.of(edge.targetId()))
                            .get(edge.targetId())
                            .name())
                    .isEqualTo("helper");
            assertThat(edge.kind()).isEqualTo(EdgeKind.CALLS);
        });
        assertThat(pending)
                .singleElement()
                .satisfies(ref -> assertThat(ref.targetName()).isEqualTo("Println"));
        assertThat(reader.unresolvedReferencesTo("fmt.Println", ChunkFilter.ALL, 10))
                .hasSize(1);
    }

    @Test
    void symbolsNamed_withADot_matchesSegmentAlignedSuffixesAndNeverFileSymbols() {
        InMemoryIndexStore store = storeWith(TestFiles.file("a.java")
                .declare(
                        shaktiman.core.model.ChunkKind.METHOD,
                        shaktiman.core.model.SymKind.METHOD,
                        "Outer.Cache.get",
                        "()",
                        "get")
                .declare(
                        shaktiman.core.model.ChunkKind.METHOD,
                        shaktiman.core.model.SymKind.METHOD,
                        "NoCache.get",
                        "()",
                        "get2")
                .build());
        SymbolFilter all = new SymbolFilter(ChunkFilter.ALL, Optional.empty());

        assertThat(store.reader().symbolsNamed("Cache.get", all, 10))
                .extracting(SymbolRecord::qualifiedName)
                .containsExactly("Outer.Cache.get");
        assertThat(store.reader().symbolsNamed("a.java", all, 10)).isEmpty();
    }

    @Test
    void reader_afterClose_throwsClosed() {
        InMemoryIndexStore store =
                storeWith(TestFiles.file("a.go").function("one", "beta").build());
        IndexReader reader = store.reader();
        store.close();

        assertThatThrownBy(() -> reader.lexical(List.of("beta"), ChunkFilter.ALL, 1))
                .isInstanceOfSatisfying(
                        IndexStoreException.class,
                        e -> assertThat(e.kind()).isEqualTo(IndexStoreException.Kind.CLOSED));
    }
}
