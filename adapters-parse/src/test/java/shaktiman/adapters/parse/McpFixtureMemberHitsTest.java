package shaktiman.adapters.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import shaktiman.core.index.IndexedFile;
import shaktiman.core.index.TestFileClassifier;
import shaktiman.core.model.ChunkKind;
import shaktiman.core.model.index.FileMeta;
import shaktiman.core.model.index.IndexBatch;
import shaktiman.core.model.index.IndexJob;
import shaktiman.core.port.IndexReader.TestScope;
import shaktiman.core.query.Hit;
import shaktiman.core.query.QueryEngine;
import shaktiman.core.query.QuerySettings;
import shaktiman.core.query.SearchMode;
import shaktiman.core.query.SearchRequest;
import shaktiman.core.query.SemanticSignal;
import shaktiman.core.query.SessionHistory;
import shaktiman.core.text.IdentifierAnalyzer;
import shaktiman.testkit.McpFixture;
import shaktiman.testkit.SettableClock;
import shaktiman.testkit.TestChunks;
import shaktiman.testkit.fake.InMemoryIndexStore;

/**
 * Verifies F6's and F4's member hits on the §6 fixture as the real parser and chunker lay it out (IX-22 keeps the
 * service classes whole), searched through the in-memory store.
 */
class McpFixtureMemberHitsTest {
    private static final String JAVA_SERVICE = "java/src/main/java/com/example/UserService.java";
    private static final String PY_SERVICE = "py/service/user_service.py";
    private static final Map<String, String> BY_EXTENSION =
            Map.of("ts", "typescript", "go", "go", "java", "java", "py", "python");
    /** MCP-23's default patterns for the fixture's four languages. */
    private static final TestFileClassifier TESTS = new TestFileClassifier(
            List.of("test/", "tests/", "src/test/", "*_test.go", "test_*.py", "*_test.py", "*.test.ts", "*Test.java"));

    private static Indexing indexing;
    private static InMemoryIndexStore store;
    private static QueryEngine engine;

    @BeforeAll
    static void index() {
        indexing = new Indexing();
        SettableClock clock = new SettableClock(Instant.parse("2026-05-01T08:00:00Z"));
        store = new InMemoryIndexStore(clock);
        List<IndexJob> jobs = new ArrayList<>();
        McpFixture.files().forEach((path, text) -> {
            String language = BY_EXTENSION.get(path.substring(path.lastIndexOf('.') + 1));
            IndexedFile file = indexing.index(path, language, text);
            FileMeta meta = new FileMeta(
                    path,
                    language,
                    file.packageName().isEmpty() ? null : file.packageName(),
                    text.getBytes(StandardCharsets.UTF_8).length,
                    1_000,
                    1_000,
                    TestChunks.sha256(text),
                    file.lineCount(),
                    file.parseQuality(),
                    file.parseError(),
                    TESTS.test(path));
            jobs.add(new IndexJob.Upsert(file.toParsedFile(meta)));
        });
        store.writer().setFingerprint("fixture");
        store.writer().apply(IndexBatch.completingFullIndex(jobs, "fixture"));
        engine = new QueryEngine(
                store.reader(),
                Indexing.COUNTER,
                new IdentifierAnalyzer(),
                SemanticSignal.DISABLED,
                TESTS,
                Optional::empty,
                QuerySettings.DEFAULTS,
                clock);
    }

    @AfterAll
    static void close() {
        store.close();
        indexing.close();
    }

    private static List<Hit> search(String query, int maxResults) {
        return engine.search(
                        new SearchRequest(query, SearchMode.LOCATE, maxResults, 0, false, "", TestScope.IMPL),
                        SessionHistory.none(),
                        () -> false)
                .result()
                .results();
    }

    @Test
    void search_toString_givesTwoDisjointHitsInUserServiceJava() {
        List<Hit> hits = search("toString", 200).stream()
                .filter(hit -> hit.filePath().equals(JAVA_SERVICE))
                .toList();

        assertThat(hits)
                .extracting(hit -> hit.qualifiedName().orElseThrow())
                .containsExactlyInAnyOrder("UserService.toString", "UserService.Cache.toString");
        assertThat(hits.get(0).endLine() < hits.get(1).startLine()
                        || hits.get(1).endLine() < hits.get(0).startLine())
                .isTrue();
    }

    @Test
    void search_createUser_ranksCreateUserInTopThree() {
        assertThat(search("create user", 3))
                .extracting(Hit::filePath, hit -> hit.qualifiedName().orElse(""))
                .contains(tuple(PY_SERVICE, "UserService.create_user"));
    }

    @Test
    void search_userService_returnsTheWholeJavaClass() {
        assertThat(search("UserService", 200))
                .filteredOn(hit -> hit.filePath().equals(JAVA_SERVICE) && hit.kind() != ChunkKind.HEADER)
                .extracting(hit -> hit.qualifiedName().orElseThrow(), Hit::kind, Hit::startLine, Hit::endLine)
                .containsExactly(tuple("UserService", ChunkKind.CLASS, 3, 33));
    }

    @Test
    void search_buildReport_givesOneHitSpanningTheWholeFunction() {
        List<Hit> reports = search("build report", 10).stream()
                .filter(hit -> hit.filePath().equals(McpFixture.REPORT))
                .toList();

        assertThat(reports).hasSize(1);
        assertThat(reports.getFirst().qualifiedName()).contains("buildReport");
        assertThat(reports.getFirst().startLine()).isEqualTo(1);
        String text = McpFixture.text(McpFixture.REPORT);
        assertThat(reports.getFirst().endLine()).isEqualTo(text.lines().toList().lastIndexOf("}") + 1);
    }
}
