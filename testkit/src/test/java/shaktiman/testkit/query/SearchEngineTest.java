package shaktiman.testkit.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import shaktiman.core.port.IndexReader.TestScope;
import shaktiman.core.query.Hit;
import shaktiman.core.query.QueryCancelledException;
import shaktiman.core.query.QueryEngine;
import shaktiman.core.query.QuerySettings;
import shaktiman.core.query.RankingWeights;
import shaktiman.core.query.SearchMode;
import shaktiman.core.query.SearchRequest;
import shaktiman.core.query.SearchResult;
import shaktiman.core.query.SemanticSignal;
import shaktiman.core.query.SessionHistory;
import shaktiman.core.query.Signal;
import shaktiman.core.query.Strategy;
import shaktiman.core.query.TextAnswer;

/** Verifies search (MCP-25…27, §3) through the in-memory store holding the §6 fixture. */
class SearchEngineTest {
    private final EngineHarness harness = new EngineHarness();
    private final QueryEngine engine = harness.engine();

    @AfterEach
    void close() {
        harness.close();
    }

    private static SearchRequest request(String query, int maxResults, double minScore, TestScope scope) {
        return new SearchRequest(query, SearchMode.LOCATE, maxResults, minScore, true, "", scope);
    }

    private TextAnswer<SearchResult> search(SearchRequest request) {
        return engine.search(request, SessionHistory.none(), () -> false);
    }

    private List<Hit> hits(String query, int maxResults) {
        return search(request(query, maxResults, 0, TestScope.IMPL)).result().results();
    }

    @ParameterizedTest
    @CsvSource({
        "validate token, validateToken, 1",
        "password hashing, hashPassword, 2",
        "session store, SessionStore, 3",
        "create user, UserService.create_user, 3",
        "user repository, UserRepository, 2"
    })
    void search_ofSplitIdentifiers_ranksTheIdentifierHigh(String query, String qualifiedName, int within) {
        List<Hit> hits = hits(query, within);

        assertThat(hits).extracting(hit -> hit.qualifiedName().orElse("")).contains(qualifiedName);
    }

    @Test
    void search_login_findsLoginTsThroughItsPathInTopThree() {
        List<Hit> hits = hits("login", 3);

        assertThat(hits).extracting(Hit::filePath).contains("ts/src/auth/login.ts");
    }

    @Test
    void search_withEachMaxResults_returnsExactlyMinOfItAndTotalMatches() {
        int total = search(request("user", 200, 0, TestScope.IMPL)).result().totalMatches();
        for (int n = 1; n <= 10; n++) {
            for (TestScope scope : TestScope.values()) {
                SearchResult result = search(request("user", n, 0, scope)).result();

                assertThat(result.results()).hasSize(Math.min(n, result.totalMatches()));
            }
        }
        assertThat(total).isGreaterThanOrEqualTo(6);
    }

    @Test
    void search_withAPath_keepsOnlyFilesUnderIt() {
        List<Hit> hits = engine.search(
                        new SearchRequest("user", SearchMode.LOCATE, 200, 0, false, "go", TestScope.ALL),
                        SessionHistory.none(),
                        () -> false)
                .result()
                .results();

        assertThat(hits)
                .isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.filePath()).startsWith("go/"));
    }

    @Test
    void search_withAPathPrefixThatIsNoDirectory_findsNothing() {
        TextAnswer<SearchResult> answer = engine.search(
                new SearchRequest("user", SearchMode.LOCATE, 10, 0.15, false, "go/ser", TestScope.IMPL),
                SessionHistory.none(),
                () -> false);

        assertThat(answer.text()).isEqualTo("No results for \"user\".");
    }

    @Test
    void search_withNoMatch_returnsAnExplicitEmptyResult() {
        TextAnswer<SearchResult> answer = search(request("qwzx vbnm plokij", 10, 0, TestScope.ALL));

        assertThat(answer.text()).isEqualTo("No results for \"qwzx vbnm plokij\".");
        assertThat(answer.result().results()).isEmpty();
        assertThat(answer.result().totalMatches()).isZero();
    }

    @Test
    void search_withNoSearchableTerm_saysSo() {
        TextAnswer<SearchResult> answer = search(request("-- ! ?", 10, 0, TestScope.ALL));

        assertThat(answer.text()).isEqualTo("No results for \"-- ! ?\". The query has no searchable terms.");
    }

    @Test
    void search_matchingOnlyTestFiles_saysHowManyScopeImplHides() {
        TextAnswer<SearchResult> answer = search(request("describe", 10, 0.15, TestScope.IMPL));

        assertThat(answer.text())
                .isEqualTo("No results for \"describe\". 1 matches in test files are hidden by scope \"impl\".");
    }

    @Test
    void search_byScope_keepsTestOrImplFilesOnly() {
        List<Hit> tests =
                search(request("validateToken", 50, 0, TestScope.TEST)).result().results();
        List<Hit> impl =
                search(request("validateToken", 50, 0, TestScope.IMPL)).result().results();

        assertThat(tests)
                .isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.isTest()).isTrue());
        assertThat(impl).isNotEmpty().allSatisfy(hit -> assertThat(hit.isTest()).isFalse());
    }

    @Test
    void search_toString_keepsSameNamedMethodsOfOneFileApart() {
        List<Hit> hits = hits("toString", 200);

        assertThat(hits)
                .filteredOn(hit -> hit.symbol().equals(Optional.of("toString")))
                .extracting(hit -> hit.qualifiedName().orElseThrow())
                .containsExactlyInAnyOrder("UserService.toString", "UserService.Cache.toString");
        List<Hit> methods = hits.stream()
                .filter(hit -> hit.symbol().equals(Optional.of("toString")))
                .toList();
        assertThat(methods.get(0).endLine() < methods.get(1).startLine()
                        || methods.get(1).endLine() < methods.get(0).startLine())
                .isTrue();
    }

    @Test
    void search_buildReport_mergesTheSplitPartsIntoOneHitSpanningTheFunction() {
        SearchResult result = engine.search(
                        new SearchRequest("build report", SearchMode.FULL, 10, 0, false, "", TestScope.IMPL),
                        SessionHistory.none(),
                        () -> false)
                .result();

        List<Hit> reports = result.results().stream()
                .filter(hit -> hit.filePath().endsWith("big.ts"))
                .toList();
        assertThat(reports).hasSize(1);
        Hit report = reports.getFirst();
        assertThat(report.startLine()).isEqualTo(1);
        assertThat(report.endLine()).isEqualTo(157);
        assertThat(report.content().orElseThrow()).contains("case 'k0'", "case 'k149'");
        assertThat(report.tokens())
                .isEqualTo(harness.tokens.count(report.content().orElseThrow()));
    }

    @Test
    void search_fullMode_writesABlockPerHit() {
        TextAnswer<SearchResult> answer = engine.search(
                new SearchRequest("hashPassword", SearchMode.FULL, 10, 0.15, false, "", TestScope.IMPL),
                SessionHistory.none(),
                () -> false);

        assertThat(answer.text()).contains("\n--- ts/src/utils/hash.ts:", "\nexport async function hashPassword(");
        assertThat(answer.result().results())
                .allSatisfy(hit -> assertThat(hit.tokens())
                        .isEqualTo(harness.tokens.count(hit.content().orElseThrow())));
    }

    @Test
    void search_textLines_followTheSpecsFormat() {
        TextAnswer<SearchResult> answer = engine.search(
                new SearchRequest("validate token", SearchMode.LOCATE, 2, 0.15, false, "", TestScope.IMPL),
                SessionHistory.none(),
                () -> false);

        List<String> lines = answer.text().lines().toList();
        assertThat(lines.getFirst())
                .isEqualTo(answer.result().results().size() + " of "
                        + answer.result().totalMatches() + " results for \"validate token\" (keyword):");
        assertThat(lines.get(1))
                .matches(
                        "ts/src/auth/login\\.ts:\\d+-\\d+  validateToken \\(function\\)  score:0\\.\\d\\d  ~\\d+ tokens");
    }

    @Test
    void explain_overManyQueries_contributionsSumToTheScoreWhichNeverExceedsRelevance() {
        for (String query : List.of(
                "user",
                "token",
                "password hashing",
                "build report",
                "login",
                "store",
                "find",
                "main",
                "validate email",
                "server listen",
                "repository",
                "session",
                "cache toString",
                "report section 42")) {
            for (Hit hit :
                    search(request(query, 200, 0, TestScope.ALL)).result().results()) {
                var explain = hit.explain().orElseThrow();
                double sum = explain.signals().all().stream()
                        .mapToDouble(Signal::contribution)
                        .sum();

                assertThat(sum).as(query + " " + hit).isCloseTo(hit.score(), within(0.0001));
                assertThat(hit.score()).isLessThanOrEqualTo(explain.relevance());
                assertThat(explain.signals().all()).hasSize(5);
                assertThat(explain.signals().semantic().available()).isFalse();
            }
        }
    }

    @Test
    void minScore_raisedToHalf_neverAddsHitsAndDropsEveryHitWithLexicalBelowHalf() {
        for (String query : List.of("user", "token", "password hashing", "store", "find")) {
            List<Hit> all =
                    search(request(query, 200, 0, TestScope.ALL)).result().results();
            List<Hit> half =
                    search(request(query, 200, 0.5, TestScope.ALL)).result().results();

            assertThat(all)
                    .extracting(Hit::filePath, Hit::startLine)
                    .containsAll(half.stream()
                            .map(h -> org.assertj.core.groups.Tuple.tuple(h.filePath(), h.startLine()))
                            .toList());
            assertThat(half)
                    .allSatisfy(hit -> assertThat(hit.explain()
                                    .orElseThrow()
                                    .signals()
                                    .lexical()
                                    .value())
                            .isGreaterThanOrEqualTo(0.5));
        }
    }

    @Test
    void search_aPerfectKeywordMatchWithNoContext_scoresSeventyHundredths() {
        Hit report = hits("build report", 1).getFirst();

        assertThat(report.score()).isEqualTo(0.7);
    }

    @Test
    void outputLimit_dropsTrailingHitsWholeAndMarksTheText() {
        QueryEngine limited = harness.engine(
                new QuerySettings(RankingWeights.DEFAULTS, 0.3, 0.15, 300), SemanticSignal.DISABLED, Optional::empty);

        TextAnswer<SearchResult> answer = limited.search(
                new SearchRequest("user", SearchMode.FULL, 50, 0, false, "", TestScope.ALL),
                SessionHistory.none(),
                () -> false);

        assertThat(answer.result().truncated()).isTrue();
        assertThat(harness.tokens.count(answer.text())).isLessThanOrEqualTo(300);
        assertThat(answer.text()).endsWith("more results omitted (output limit); narrow the query");
        assertThat(answer.result().results().size()).isLessThan(answer.result().totalMatches());
    }

    @Test
    void notice_isInTheResultAndTheLastLine() {
        QueryEngine scanning = harness.engine(
                QuerySettings.DEFAULTS,
                SemanticSignal.DISABLED,
                () -> Optional.of("indexing in progress: 3 of 18 files"));

        TextAnswer<SearchResult> answer =
                scanning.search(SearchRequest.of("validate token"), SessionHistory.none(), () -> false);

        assertThat(answer.result().notice()).contains("indexing in progress: 3 of 18 files");
        assertThat(answer.text()).endsWith("\nindexing in progress: 3 of 18 files");
    }

    @Test
    void semantic_unavailable_warnsAndStaysKeyword() {
        QueryEngine failing = harness.engine(
                QuerySettings.DEFAULTS,
                (query, ids) -> new SemanticSignal.Similarities.Unavailable("the model is loading"),
                Optional::empty);

        SearchResult result = failing.search(SearchRequest.of("validate token"), SessionHistory.none(), () -> false)
                .result();

        assertThat(result.strategy()).isEqualTo(Strategy.KEYWORD);
        assertThat(result.warning())
                .contains("Semantic search unavailable: the model is loading; keyword results only.");
    }

    @Test
    void semantic_available_makesTheStrategyHybridAndTheSignalAvailable() {
        QueryEngine hybrid = harness.engine(
                QuerySettings.DEFAULTS,
                (query, ids) -> {
                    Map<Long, Double> cosines = new HashMap<>();
                    ids.forEach(id -> cosines.put(id, 0.8));
                    return new SemanticSignal.Similarities.Cosines(cosines);
                },
                Optional::empty);

        SearchResult result = hybrid.search(
                        request("validate token", 10, 0, TestScope.IMPL), SessionHistory.none(), () -> false)
                .result();

        assertThat(result.strategy()).isEqualTo(Strategy.HYBRID);
        assertThat(result.results()).allSatisfy(hit -> {
            var semantic = hit.explain().orElseThrow().signals().semantic();
            assertThat(semantic.available()).isTrue();
            assertThat(semantic.weight()).isEqualTo(0.6);
            assertThat(semantic.value()).isCloseTo((0.8 - 0.3) / 0.7, within(0.0001));
        });
    }

    @Test
    void search_whenCancelled_throwsAndRecordsNothing() {
        SessionHistory session = SessionHistory.create(harness.clock);
        AtomicInteger polls = new AtomicInteger();

        assertThatThrownBy(() -> engine.search(
                        request("user", 10, 0, TestScope.ALL), session, () -> polls.incrementAndGet() > 2))
                .isInstanceOf(QueryCancelledException.class);
        assertThat(session.size()).isZero();
    }

    @Test
    void session_repeatedCallsRaiseTheSessionValueAndANewSessionStartsClean() {
        SessionHistory first = SessionHistory.create(harness.clock);
        SearchRequest request = request("user", 10, 0, TestScope.IMPL);
        TextAnswer<SearchResult> call1 = engine.search(request, first, () -> false);
        TextAnswer<SearchResult> call2 = engine.search(request, first, () -> false);
        TextAnswer<SearchResult> call3 = engine.search(request, first, () -> false);

        TextAnswer<SearchResult> fresh = engine.search(request, SessionHistory.create(harness.clock), () -> false);

        Hit top1 = call1.result().results().getFirst();
        assertThat(sessionValue(call1, top1)).isZero();
        assertThat(sessionValue(call3, top1)).isGreaterThan(sessionValue(call2, top1));
        assertThat(sessionValue(call2, top1)).isGreaterThan(0);
        assertThat(fresh.text()).isEqualTo(call1.text());
    }

    private static double sessionValue(TextAnswer<SearchResult> answer, Hit like) {
        return answer.result().results().stream()
                .filter(hit -> hit.filePath().equals(like.filePath()) && hit.startLine() == like.startLine())
                .findFirst()
                .orElseThrow()
                .explain()
                .orElseThrow()
                .signals()
                .session()
                .value();
    }

    @Test
    void change_afterAnEdit_isFullForTheEditedChunkAQuarterForTheFileAndHalvesInTwelveHours() {
        harness.apply(QueryFixtureEdits.hashWithTwelveRounds(harness.tokens));
        SearchRequest request = request("password", 50, 0, TestScope.IMPL);

        List<Hit> now = search(request).result().results();
        harness.clock.advance(java.time.Duration.ofHours(12));
        List<Hit> later = search(request).result().results();

        assertThat(changeOf(now, "hashPassword")).isEqualTo(1.0);
        assertThat(changeOf(now, "comparePassword")).isEqualTo(0.25);
        assertThat(changeOf(later, "hashPassword")).isEqualTo(0.5);
        assertThat(changeOf(now, "login")).isZero();
    }

    private static double changeOf(List<Hit> hits, String name) {
        return hits.stream()
                .filter(hit -> hit.qualifiedName().equals(Optional.of(name))
                        && hit.filePath().startsWith("ts/"))
                .findFirst()
                .orElseThrow()
                .explain()
                .orElseThrow()
                .signals()
                .change()
                .value();
    }
}
