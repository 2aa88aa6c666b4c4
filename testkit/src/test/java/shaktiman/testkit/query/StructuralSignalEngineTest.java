package shaktiman.testkit.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import shaktiman.core.index.TestFileClassifier;
import shaktiman.core.model.index.IndexBatch;
import shaktiman.core.model.index.IndexJob;
import shaktiman.core.model.index.ParsedFile;
import shaktiman.core.port.IndexReader.TestScope;
import shaktiman.core.query.Hit;
import shaktiman.core.query.QueryEngine;
import shaktiman.core.query.QuerySettings;
import shaktiman.core.query.SearchMode;
import shaktiman.core.query.SearchRequest;
import shaktiman.core.query.SemanticSignal;
import shaktiman.core.query.SessionHistory;
import shaktiman.core.text.IdentifierAnalyzer;
import shaktiman.testkit.SettableClock;
import shaktiman.testkit.TestFiles;
import shaktiman.testkit.fake.FixedRatioTokenCounter;
import shaktiman.testkit.fake.InMemoryIndexStore;

/**
 * Verifies MCP-41's structural signal through the in-memory store: k counts the other candidates within two graph
 * hops, also through a symbol that is no candidate, and none three hops away.
 */
class StructuralSignalEngineTest {
    private final SettableClock clock = new SettableClock(Instant.parse("2026-05-01T08:00:00Z"));
    private final InMemoryIndexStore store = new InMemoryIndexStore(clock);

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void structural_countsCandidatesTwoHopsAwayThroughANonCandidateAndNoneThreeHopsAway() {
        index(List.of(
                function("src/one.go", "otterOne", "middleOne"),
                function("src/mid.go", "middleOne", "otterTwo"),
                function("src/two.go", "otterTwo", null),
                function("src/four.go", "otterFour", "middleA"),
                function("src/a.go", "middleA", "middleB"),
                function("src/b.go", "middleB", "otterFive"),
                function("src/five.go", "otterFive", null)));

        Map<String, Double> structural = structuralByName("otter");

        assertThat(structural).containsOnlyKeys("otterOne", "otterTwo", "otterFour", "otterFive");
        assertThat(structural.get("otterOne")).isCloseTo(0.5, within(1e-9));
        assertThat(structural.get("otterTwo")).isCloseTo(0.5, within(1e-9));
        assertThat(structural.get("otterFour")).isZero();
        assertThat(structural.get("otterFive")).isZero();
    }

    private Map<String, Double> structuralByName(String query) {
        QueryEngine engine = new QueryEngine(
                store.reader(),
                new FixedRatioTokenCounter(),
                new IdentifierAnalyzer(),
                SemanticSignal.DISABLED,
                new TestFileClassifier(List.of("*_test.go")),
                Optional::empty,
                QuerySettings.DEFAULTS,
                clock);
        List<Hit> hits = engine.search(
                        new SearchRequest(query, SearchMode.LOCATE, 50, 0, true, "", TestScope.IMPL),
                        SessionHistory.none(),
                        () -> false)
                .result()
                .results();
        return hits.stream()
                .filter(hit -> hit.qualifiedName().isPresent())
                .collect(Collectors.toMap(
                        hit -> hit.qualifiedName().orElseThrow(),
                        hit -> hit.explain()
                                .orElseThrow()
                                .signals()
                                .structural()
                                .value()));
    }

    /** A file whose one function is named {@code name} and calls {@code callee} (none when null). */
    private static ParsedFile function(String path, String name, String callee) {
        TestFiles.Builder file = TestFiles.file(path).function(name, "func " + name + "() {\n\tnext()\n}");
        if (callee != null) {
            file.calls(name, callee);
        }
        return file.build();
    }

    private void index(List<ParsedFile> files) {
        store.writer()
                .apply(IndexBatch.of(
                        files.stream().<IndexJob>map(IndexJob.Upsert::new).toList()));
    }
}
