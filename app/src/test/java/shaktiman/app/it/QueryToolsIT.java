package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import shaktiman.adapters.tokens.JtokkitTokenCounter;

/**
 * Verifies the seven tools end to end through a real {@code bin/shaktimand} over stdio on the mcp-tools §6 fixture
 * and through a proxy of it (S1, Y1, D1, C1, F1, F3, F5, F7, F8, E1, E2), every structured content checked against its
 * output schema (P3). One leader and one proxy serve every test; they only read.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class QueryToolsIT {

    private static final String USER_SERVICE_PY = "py/service/user_service.py";

    private static FixtureLeader fixture;

    @BeforeAll
    static void startLeader() {
        fixture = FixtureLeader.start();
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private static List<String> paths(JsonNode hits) {
        List<String> paths = new ArrayList<>();
        hits.forEach(hit -> paths.add(hit.path("file_path").asText()));
        return paths;
    }

    // S1

    @ParameterizedTest
    @EnumSource(Route.class)
    void search_hashPasswordInFullMode_showsItsBlockAndCountsEachHitsContent(Route route) {
        ToolCalls tools = fixture.tools(route);
        JsonNode result = tools.call("search", Map.of("query", "hashPassword", "mode", "full"));

        assertThat(ToolCalls.text(result))
                .contains("--- ts/src/utils/hash.ts:", "\nexport async function hashPassword(");
        JtokkitTokenCounter counter = new JtokkitTokenCounter();
        JsonNode hits = result.path("structuredContent").path("results");
        assertThat(hits.size()).isPositive();
        hits.forEach(hit -> assertThat(hit.path("tokens").asInt())
                .isEqualTo(counter.count(hit.path("content").asText())));
    }

    // F1

    @ParameterizedTest
    @EnumSource(Route.class)
    void search_user_honoursMaxResultsExactlyForOneToTen(Route route) {
        ToolCalls tools = fixture.tools(route);
        for (int n = 1; n <= 10; n++) {
            JsonNode result = tools.structured("search", Map.of("query", "user", "max_results", n, "min_score", 0));

            int total = result.path("total_matches").asInt();
            assertThat(total).isGreaterThanOrEqualTo(6);
            assertThat(result.path("results").size()).as("max_results " + n).isEqualTo(Math.min(n, total));
        }
    }

    // F3

    @ParameterizedTest
    @EnumSource(Route.class)
    void searchAndContext_withNoMatch_answerAnExplicitEmptyResult(Route route) {
        ToolCalls tools = fixture.tools(route);
        Map<String, Object> nonsense = Map.of("query", "qwzx vbnm plokij", "scope", "all");
        JsonNode search = tools.call("search", Map.of("query", "qwzx vbnm plokij", "scope", "all", "min_score", 0));
        JsonNode context = tools.call("context", nonsense);

        assertThat(ToolCalls.text(search)).startsWith("No results for \"qwzx vbnm plokij\".");
        assertThat(search.path("structuredContent").path("results").isEmpty()).isTrue();
        assertThat(ToolCalls.text(context)).startsWith("No results for \"qwzx vbnm plokij\".");
        assertThat(context.path("structuredContent").path("chunks").isEmpty()).isTrue();
    }

    // F5

    @ParameterizedTest
    @EnumSource(Route.class)
    void search_byScope_keepsTestFilesOutByDefaultAndInWhenAsked(Route route) {
        ToolCalls tools = fixture.tools(route);
        JsonNode impl = tools.structured("search", Map.of("query", "validateToken", "min_score", 0));
        JsonNode test = tools.structured("search", Map.of("query", "validateToken", "min_score", 0, "scope", "test"));
        JsonNode all = tools.structured("search", Map.of("query", "validateToken", "min_score", 0, "scope", "all"));

        assertThat(paths(impl.path("results"))).isNotEmpty().doesNotContain("ts/src/auth/login.test.ts");
        assertThat(test.path("results").size()).isPositive();
        test.path("results")
                .forEach(hit -> assertThat(hit.path("is_test").asBoolean())
                        .as(hit.toString())
                        .isTrue());
        assertThat(paths(all.path("results"))).contains("ts/src/auth/login.test.ts", "ts/src/auth/login.ts");
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void symbols_testListUsers_isHiddenByDefaultAndFoundWithScopeTest(Route route) {
        ToolCalls tools = fixture.tools(route);
        assertThat(tools.structured("symbols", Map.of("name", "TestListUsers"))
                        .path("definitions")
                        .isEmpty())
                .isTrue();
        assertThat(paths(tools.structured("symbols", Map.of("name", "TestListUsers", "scope", "test"))
                        .path("definitions")))
                .containsExactly("go/server_test.go");
    }

    // Y1

    @ParameterizedTest
    @EnumSource(Route.class)
    void symbols_validateToken_isOneFunctionInLoginTsAndNamesAreCaseSensitive(Route route) {
        ToolCalls tools = fixture.tools(route);
        JsonNode definitions =
                tools.structured("symbols", Map.of("name", "validateToken")).path("definitions");
        JsonNode lower = tools.structured("symbols", Map.of("name", "validatetoken"));

        assertThat(definitions.size()).isEqualTo(1);
        assertThat(definitions.get(0).path("file_path").asText()).isEqualTo("ts/src/auth/login.ts");
        assertThat(definitions.get(0).path("kind").asText()).isEqualTo("function");
        assertThat(definitions.get(0).path("signature").asText()).contains("token: string");
        assertThat(lower.path("definitions").isEmpty()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void symbols_qualifiedFindAndExternalCreateHmac_answerAsY1Says(Route route) {
        ToolCalls tools = fixture.tools(route);
        JsonNode find = tools.structured("symbols", Map.of("name", "UserService.find"));
        JsonNode hmac = tools.structured("symbols", Map.of("name", "createHmac"));

        assertThat(find.path("definitions").size()).isEqualTo(2);
        assertThat(hmac.path("definitions").isEmpty()).isTrue();
        assertThat(hmac.path("note").asText()).isNotBlank();
        List<String> imports = new ArrayList<>();
        hmac.path("referenced_by").forEach(reference -> {
            if (reference.path("edge_kind").asText().equals("imports")) {
                imports.add(reference.path("file_path").asText());
            }
        });
        assertThat(imports).contains("ts/src/auth/login.ts");
    }

    // D1

    @ParameterizedTest
    @EnumSource(Route.class)
    void dependencies_callersOfValidateToken_growWithDepthAndKeepTestsOutByDefault(Route route) {
        ToolCalls tools = fixture.tools(route);
        JsonNode depth1 =
                tools.structured("dependencies", Map.of("symbol", "validateToken", "direction", "callers", "depth", 1));
        JsonNode depth2 =
                tools.structured("dependencies", Map.of("symbol", "validateToken", "direction", "callers", "depth", 2));
        JsonNode depth3 =
                tools.structured("dependencies", Map.of("symbol", "validateToken", "direction", "callers", "depth", 3));
        JsonNode all = tools.structured(
                "dependencies", Map.of("symbol", "validateToken", "direction", "callers", "scope", "all"));

        assertThat(depth1.path("results").findValuesAsText("name")).contains("authGuard", "refreshToken", "login");
        assertThat(depth1.path("results").findValuesAsText("depth")).containsOnly("1");
        assertThat(depth3.path("results").findValuesAsText("qualified_name"))
                .containsAll(depth2.path("results").findValuesAsText("qualified_name"))
                .doesNotContain("validateToken");
        assertThat(paths(depth1.path("results"))).doesNotContain("ts/src/auth/login.test.ts");
        assertThat(depth2.path("results").findValuesAsText("qualified_name"))
                .containsAll(depth1.path("results").findValuesAsText("qualified_name"));
        assertThat(depth1.path("results").findValuesAsText("qualified_name")).doesNotContain("validateToken");
        assertThat(paths(all.path("results"))).contains("ts/src/auth/login.test.ts");
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void dependencies_callersOfCreateHmac_comeFromTheUnresolvedReference(Route route) {
        ToolCalls tools = fixture.tools(route);
        JsonNode result = tools.structured("dependencies", Map.of("symbol", "createHmac", "direction", "callers"));

        assertThat(result.path("roots").isEmpty()).isTrue();
        assertThat(result.path("results").findValuesAsText("name")).contains("validateToken");
    }

    // F7

    @ParameterizedTest
    @EnumSource(Route.class)
    void dependencies_calleesOfLogin_startFromEverySameNamedRoot(Route route) {
        ToolCalls tools = fixture.tools(route);

        JsonNode both = tools.structured("dependencies", Map.of("symbol", "login", "direction", "callees", "depth", 1));
        JsonNode python = tools.structured(
                "dependencies", Map.of("symbol", "login", "direction", "callees", "depth", 1, "file", "py/"));

        assertThat(paths(both.path("roots"))).containsExactlyInAnyOrder("ts/src/auth/login.ts", USER_SERVICE_PY);
        assertThat(both.path("results").findValuesAsText("name")).contains("hashPassword", "validate_email");
        both.path("results").forEach(result -> {
            assertThat(result.path("depth").asInt()).as(result.toString()).isEqualTo(1);
            assertThat(result.path("edge_kind").asText()).as(result.toString()).isEqualTo("calls");
        });
        assertThat(paths(python.path("roots"))).containsExactly(USER_SERVICE_PY);
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void dependencies_calleesOfMainAndCallersOfAnInterface_carryDepthAndEdgeKind(Route route) {
        ToolCalls tools = fixture.tools(route);

        JsonNode main = tools.structured("dependencies", Map.of("symbol", "main", "direction", "callees", "depth", 2));
        JsonNode repository = tools.structured(
                "dependencies", Map.of("symbol", "UserRepository", "direction", "callers", "depth", 1));

        assertThat(depthAndKindOf(main.path("results"), "NewServer")).isEqualTo("1 calls");
        assertThat(depthAndKindOf(main.path("results"), "routes")).isEqualTo("2 calls");
        assertThat(depthAndKindOf(repository.path("results"), "InMemoryUserRepository"))
                .isEqualTo("1 implements");
    }

    private static String depthAndKindOf(JsonNode results, String name) {
        for (JsonNode result : results) {
            if (result.path("name").asText().equals(name)) {
                return result.path("depth").asInt() + " "
                        + result.path("edge_kind").asText();
            }
        }
        throw new AssertionError("no " + name + " in " + results);
    }

    // C1

    @ParameterizedTest
    @EnumSource(Route.class)
    void context_guard_includesAuthGuardAndValidateTokenReachedThroughIt(Route route) {
        ToolCalls tools = fixture.tools(route);
        JsonNode chunks = tools.structured("context", Map.of("query", "guard", "budget_tokens", 4096))
                .path("chunks");

        List<String> symbols = chunks.findValuesAsText("symbol");
        assertThat(symbols).contains("authGuard", "validateToken");
        chunks.forEach(chunk -> {
            if (chunk.path("symbol").asText().equals("validateToken")) {
                assertThat(chunk.path("via").asText()).contains("authGuard");
            }
        });
        for (int i = 0; i < chunks.size(); i++) {
            for (int j = i + 1; j < chunks.size(); j++) {
                assertThat(overlapsByMoreThanHalf(chunks.get(i), chunks.get(j)))
                        .as("%s and %s", chunks.get(i), chunks.get(j))
                        .isFalse();
            }
        }
    }

    /** Whether two chunks of one file share more than half of the smaller one's lines (MCP-30). */
    private static boolean overlapsByMoreThanHalf(JsonNode a, JsonNode b) {
        if (!a.path("file_path").equals(b.path("file_path"))) {
            return false;
        }
        int shared = Math.min(a.path("end_line").asInt(), b.path("end_line").asInt())
                - Math.max(a.path("start_line").asInt(), b.path("start_line").asInt())
                + 1;
        int smaller = Math.min(
                a.path("end_line").asInt() - a.path("start_line").asInt() + 1,
                b.path("end_line").asInt() - b.path("start_line").asInt() + 1);
        return shared * 2 > smaller;
    }

    // F8, F9's first step

    @ParameterizedTest
    @EnumSource(Route.class)
    void diff_onAFreshIndex_hasNoChanges(Route route) {
        ToolCalls tools = fixture.tools(route);
        JsonNode diff = tools.structured("diff", Map.of());

        assertThat(diff.path("changes").isArray()).isTrue();
        assertThat(diff.path("changes").isEmpty()).isTrue();
        assertThat(diff.path("truncated").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Route.class)
    void symbolsAndDependencies_ofUnknownNames_haveEveryArrayPresentAndEmpty(Route route) {
        ToolCalls tools = fixture.tools(route);

        JsonNode symbols = tools.structured("symbols", Map.of("name", "noSuchName"));
        JsonNode dependencies = tools.structured("dependencies", Map.of("symbol", "noSuchName"));

        assertThat(symbols.path("definitions").isArray()
                        && symbols.path("definitions").isEmpty())
                .as(symbols.toString())
                .isTrue();
        assertThat(symbols.path("referenced_by").isArray()
                        && symbols.path("referenced_by").isEmpty())
                .as(symbols.toString())
                .isTrue();
        assertThat(symbols.path("note").asText()).isEqualTo("No symbol named \"noSuchName\".");
        for (String list : List.of("roots", "results", "external")) {
            assertThat(dependencies.path(list).isArray()
                            && dependencies.path(list).isEmpty())
                    .as(list + " in " + dependencies)
                    .isTrue();
        }
    }

    // E1

    @ParameterizedTest
    @EnumSource(Route.class)
    void summary_ofTheFixture_countsFilesTestsAndLanguagesWithoutIndexingText(Route route) {
        ToolCalls tools = fixture.tools(route);
        JsonNode result = tools.call("summary", Map.of());
        JsonNode summary = result.path("structuredContent");

        assertThat(summary.path("files").asInt()).isEqualTo(18);
        assertThat(summary.path("test_files").asInt()).isEqualTo(4);
        assertThat(summary.path("languages").toString())
                .isEqualTo("{\"typescript\":7,\"java\":5,\"go\":4,\"python\":2}");
        assertThat(summary.path("embedding").path("circuit_state").asText()).isEqualTo("disabled");
        assertThat(summary.has("notice")).isFalse();
        assertThat(ToolCalls.text(result)).doesNotContain("indexing", "in progress");
    }

    // E2

    @ParameterizedTest
    @EnumSource(Route.class)
    void enrichmentStatus_withEmbeddingsOff_isDisabledWithEveryChunkUnembedded(Route route) {
        ToolCalls tools = fixture.tools(route);
        JsonNode status = tools.structured("enrichment_status", Map.of());
        long chunks = tools.structured("summary", Map.of()).path("chunks").asLong();

        assertThat(status.path("enabled").asBoolean()).isFalse();
        assertThat(status.path("circuit_state").asText()).isEqualTo("disabled");
        assertThat(status.path("embedded_chunks").asLong()).isZero();
        assertThat(status.path("embedding_pct").asDouble()).isZero();
        assertThat(status.path("pending_jobs").asLong()).isZero();
        assertThat(status.path("total_chunks").asLong()).isEqualTo(chunks).isPositive();
    }
}
