package shaktiman.testkit.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;
import static shaktiman.testkit.query.QueryFixture.JAVA_SERVICE;
import static shaktiman.testkit.query.QueryFixture.PY_SERVICE;
import static shaktiman.testkit.query.QueryFixture.real;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import shaktiman.core.model.ChunkKind;
import shaktiman.core.model.SymKind;
import shaktiman.core.model.index.ParsedChunk;
import shaktiman.core.model.index.ParsedFile;
import shaktiman.core.port.IndexReader.TestScope;
import shaktiman.core.query.ContextChunk;
import shaktiman.core.query.ContextRequest;
import shaktiman.core.query.Hit;
import shaktiman.core.query.QueryEngine;
import shaktiman.core.query.SearchMode;
import shaktiman.core.query.SearchRequest;
import shaktiman.core.query.SearchResult;
import shaktiman.core.query.SessionHistory;
import shaktiman.core.query.Signal;
import shaktiman.testkit.TestChunks;

/**
 * Verifies member hits: a hit on a whole container chunk (IX-22) goes to the members the query names (F6, F4), in
 * search and in context's candidates, through the in-memory store holding the §6 fixture.
 */
class MemberHitsEngineTest {
    private final EngineHarness harness = new EngineHarness();
    private final QueryEngine engine = harness.engine();

    @AfterEach
    void close() {
        harness.close();
    }

    private SearchResult search(String query, int maxResults, SessionHistory session) {
        return engine.search(
                        new SearchRequest(query, SearchMode.FULL, maxResults, 0, true, "", TestScope.IMPL),
                        session,
                        () -> false)
                .result();
    }

    private List<Hit> hitsIn(String path, String query) {
        return search(query, 200, SessionHistory.none()).results().stream()
                .filter(hit -> hit.filePath().equals(path))
                .toList();
    }

    /** The hits in {@code path} other than its header chunk, which every query naming the file matches by path. */
    private List<Hit> declarationHitsIn(String path, String query) {
        return hitsIn(path, query).stream()
                .filter(hit -> hit.kind() != ChunkKind.HEADER)
                .toList();
    }

    @Test
    void search_toString_givesTheTwoMethodsOfUserServiceJavaWithDisjointLines() {
        List<Hit> hits = hitsIn(JAVA_SERVICE, "toString");

        assertThat(hits)
                .extracting(hit -> hit.qualifiedName().orElseThrow(), Hit::startLine, Hit::endLine, Hit::kind)
                .containsExactlyInAnyOrder(
                        tuple("UserService.toString", 22, 25, ChunkKind.METHOD),
                        tuple("UserService.Cache.toString", 28, 31, ChunkKind.METHOD));
        assertThat(hits).allSatisfy(hit -> assertThat(hit.symbol()).contains("toString"));
    }

    @Test
    void search_memberHit_showsTheMembersLinesCountedAndItsOwnMatchedTerms() {
        Hit hit = hitsIn(JAVA_SERVICE, "toString").stream()
                .filter(h -> h.qualifiedName().equals(Optional.of("UserService.toString")))
                .findFirst()
                .orElseThrow();

        assertThat(hit.content()).contains(real(JAVA_SERVICE, 22, 25));
        assertThat(hit.tokens()).isEqualTo(harness.tokens.count(real(JAVA_SERVICE, 22, 25)));
        assertThat(hit.matchedTerms()).containsExactly("to", "string", "tostring");
    }

    @Test
    void search_ofSameScoredMembers_ordersThemByTheTotalTieBreak() {
        List<Hit> hits = hitsIn(JAVA_SERVICE, "toString");

        assertThat(hits.get(0).score()).isEqualTo(hits.get(1).score());
        assertThat(hits).extracting(Hit::startLine).containsExactly(22, 28);
    }

    @Test
    void search_createUser_ranksTheMethodCreateUserInTopThree() {
        List<Hit> hits = search("create user", 3, SessionHistory.none()).results();

        assertThat(hits)
                .extracting(Hit::filePath, hit -> hit.qualifiedName().orElse(""), Hit::startLine, Hit::endLine)
                .contains(tuple(PY_SERVICE, "UserService.create_user", 5, 7));
    }

    @Test
    void search_namingTheContainer_returnsTheWholeClassChunk() {
        List<Hit> java = declarationHitsIn(JAVA_SERVICE, "UserService");
        List<Hit> python = declarationHitsIn(PY_SERVICE, "UserService");

        assertThat(java)
                .extracting(hit -> hit.qualifiedName().orElseThrow(), Hit::startLine, Hit::endLine, Hit::kind)
                .containsExactly(tuple("UserService", 3, 33, ChunkKind.CLASS));
        assertThat(java.getFirst().content()).contains(real(JAVA_SERVICE, 3, 33));
        assertThat(python)
                .filteredOn(hit -> hit.qualifiedName().orElseThrow().startsWith("UserService"))
                .extracting(hit -> hit.qualifiedName().orElseThrow(), Hit::startLine, Hit::endLine)
                .containsExactly(tuple("UserService", 1, 10));
    }

    @Test
    void search_whoseTermsTheContainersNameCovers_keepsTheWholeChunk() {
        List<Hit> hits = declarationHitsIn(JAVA_SERVICE, "user");

        assertThat(hits)
                .extracting(hit -> hit.qualifiedName().orElseThrow(), Hit::startLine, Hit::endLine)
                .containsExactly(tuple("UserService", 3, 33));
    }

    @Test
    void search_namingANestedClassAndItsMethod_keepsOnlyTheInnermostMembers() {
        List<Hit> hits = hitsIn(JAVA_SERVICE, "cache toString");

        assertThat(hits)
                .extracting(hit -> hit.qualifiedName().orElseThrow())
                .containsExactlyInAnyOrder("UserService.toString", "UserService.Cache.toString");
    }

    @Test
    void search_namingOverloads_givesOneHitPerOverload() {
        List<Hit> hits = hitsIn(JAVA_SERVICE, "find");

        assertThat(hits)
                .extracting(hit -> hit.qualifiedName().orElseThrow(), Hit::startLine, Hit::endLine)
                .containsExactly(tuple("UserService.find", 14, 16), tuple("UserService.find", 18, 20));
    }

    @Test
    void search_withMemberHits_countsThemInTotalMatchesAndCutsThemByMaxResults() {
        SearchResult all = search("toString", 200, SessionHistory.none());
        SearchResult one = search("toString", 1, SessionHistory.none());

        assertThat(all.totalMatches()).isEqualTo(all.results().size());
        assertThat(one.totalMatches()).isEqualTo(all.totalMatches());
        assertThat(one.results()).hasSize(1);
    }

    @Test
    void explain_ofMemberHits_sumsToTheScoreWhichNeverExceedsRelevance() {
        for (String query : List.of("toString", "create user", "find", "cache toString", "ban user", "repository")) {
            for (Hit hit : search(query, 200, SessionHistory.none()).results()) {
                var explain = hit.explain().orElseThrow();
                double sum = explain.signals().all().stream()
                        .mapToDouble(Signal::contribution)
                        .sum();

                assertThat(sum).as(query + " " + hit).isCloseTo(hit.score(), within(0.0001));
                assertThat(hit.score()).isLessThanOrEqualTo(explain.relevance());
            }
        }
    }

    @Test
    void session_ofMemberHits_recordsEachUnderItsQualifiedName() {
        SessionHistory session = SessionHistory.create(harness.clock);

        search("toString", 200, session);

        var values = session.values(List.of(
                new SessionHistory.Key(JAVA_SERVICE, "UserService.toString"),
                new SessionHistory.Key(JAVA_SERVICE, "UserService.Cache.toString"),
                new SessionHistory.Key(JAVA_SERVICE, "UserService")));
        assertThat(values.get(new SessionHistory.Key(JAVA_SERVICE, "UserService.toString")))
                .isGreaterThan(0);
        assertThat(values.get(new SessionHistory.Key(JAVA_SERVICE, "UserService.Cache.toString")))
                .isGreaterThan(0);
        assertThat(values.get(new SessionHistory.Key(JAVA_SERVICE, "UserService")))
                .isZero();
    }

    @Test
    void search_ofAMemberThatHasItsOwnChunk_returnsThatChunkOnceAndKeepsTheContainerWhole() {
        harness.apply(withOwnChunkForLaunch());

        List<Hit> hits = hitsIn(OUTER, "launch");

        assertThat(hits)
                .extracting(hit -> hit.qualifiedName().orElseThrow(), Hit::startLine, Hit::endLine)
                .containsExactlyInAnyOrder(tuple("Outer.launch", 2, 4), tuple("Outer", 1, 5));
    }

    private static final String OUTER = "java/src/main/java/com/example/Outer.java";

    /**
     * A class chunk defining its method {@code launch}, plus a separate chunk of that same method: a layout the
     * chunker does not make, which member hits must still not show twice.
     */
    private ParsedFile withOwnChunkForLaunch() {
        ParsedFile file = new FixtureFile(OUTER, "java", "com.example", false, harness.tokens)
                .declare(
                        ChunkKind.CLASS,
                        SymKind.CLASS,
                        "Outer",
                        "",
                        "class Outer {\n    void launch() {\n        run();\n    }\n}")
                .member(SymKind.METHOD, "Outer.launch", "()", 1, 3)
                .build();
        String method = "    void launch() {\n        run();\n    }";
        List<ParsedChunk> chunks = new ArrayList<>(file.chunks());
        chunks.add(new ParsedChunk(
                chunks.size(),
                ChunkKind.METHOD,
                false,
                "launch",
                "Outer.launch",
                "()",
                2,
                4,
                method,
                TestChunks.sha256(method),
                harness.tokens.count(method),
                ParsedChunk.NONE,
                ParsedChunk.NONE));
        return new ParsedFile(file.meta(), chunks, file.symbols(), file.references());
    }

    @Test
    void context_toString_packsBothMethodsAndNotTheirClass() {
        List<ContextChunk> chunks = engine.context(
                        new ContextRequest("toString", 4096, "", TestScope.IMPL), SessionHistory.none(), () -> false)
                .result()
                .chunks();

        assertThat(chunks)
                .filteredOn(chunk -> chunk.filePath().equals(JAVA_SERVICE))
                .extracting(chunk -> chunk.qualifiedName().orElseThrow(), ContextChunk::startLine)
                .containsExactlyInAnyOrder(tuple("UserService.toString", 22), tuple("UserService.Cache.toString", 28));
    }

    @Test
    void context_ofMemberHits_expandsFromTheMembersOwnSymbolsOnly() {
        List<ContextChunk> chunks = engine.context(
                        new ContextRequest("toString", 4096, "", TestScope.IMPL), SessionHistory.none(), () -> false)
                .result()
                .chunks();

        // Neither toString refers to anything; UserRepository is a neighbour of their class, not of them.
        assertThat(chunks).allSatisfy(chunk -> assertThat(chunk.via()).isEmpty());
    }

    @Test
    void context_createUser_expandsFromTheMemberToItsCalleeNamingTheMember() {
        List<ContextChunk> chunks = engine.context(
                        new ContextRequest("create user", 4096, "", TestScope.IMPL), SessionHistory.none(), () -> false)
                .result()
                .chunks();

        assertThat(chunks)
                .extracting(chunk -> chunk.qualifiedName().orElse(""))
                .contains("UserService.create_user", "validate_email");
        ContextChunk validate = chunks.stream()
                .filter(chunk -> chunk.qualifiedName().equals(Optional.of("validate_email")))
                .findFirst()
                .orElseThrow();
        assertThat(validate.via()).contains("called by UserService.create_user");
    }
}
