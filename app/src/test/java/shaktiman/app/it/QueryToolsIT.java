package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import shaktiman.adapters.tokens.JtokkitTokenCounter;

/**
 * Verifies the seven tools end to end through a real {@code bin/shaktimand} over stdio on the mcp-tools §6 fixture
 * (S1, Y1, D1, C1, F1, F3, F5, F8, E1, E2), every structured content checked against its output schema (P3). One
 * leader serves every test; they only read.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class QueryToolsIT {

    private static Daemons daemons;
    private static ToolCalls tools;

    @BeforeAll
    static void startLeader() {
        daemons = Daemons.create(Fixture.MCP);
        DaemonProcess leader = daemons.startLeader();
        Summaries.awaitReady(leader.mcp(), Daemons.LEADER_START);
        tools = new ToolCalls(leader.mcp());
    }

    @AfterAll
    static void stop() {
        if (daemons != null) {
            daemons.close(false);
        }
    }

    private static List<String> paths(JsonNode hits) {
        List<String> paths = new ArrayList<>();
        hits.forEach(hit -> paths.add(hit.path("file_path").asText()));
        return paths;
    }

    // S1

    @Test
    void search_hashPasswordInFullMode_showsItsBlockAndCountsEachHitsContent() {
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

    @Test
    void search_user_honoursMaxResultsExactlyForOneToTen() {
        for (int n = 1; n <= 10; n++) {
            JsonNode result = tools.structured("search", Map.of("query", "user", "max_results", n, "min_score", 0));

            int total = result.path("total_matches").asInt();
            assertThat(total).isGreaterThanOrEqualTo(6);
            assertThat(result.path("results").size()).as("max_results " + n).isEqualTo(Math.min(n, total));
        }
    }

    // F3

    @Test
    void searchAndContext_withNoMatch_answerAnExplicitEmptyResult() {
        Map<String, Object> nonsense = Map.of("query", "qwzx vbnm plokij", "scope", "all");
        JsonNode search = tools.call("search", Map.of("query", "qwzx vbnm plokij", "scope", "all", "min_score", 0));
        JsonNode context = tools.call("context", nonsense);

        assertThat(ToolCalls.text(search)).startsWith("No results for \"qwzx vbnm plokij\".");
        assertThat(search.path("structuredContent").path("results").isEmpty()).isTrue();
        assertThat(ToolCalls.text(context)).startsWith("No results for \"qwzx vbnm plokij\".");
        assertThat(context.path("structuredContent").path("chunks").isEmpty()).isTrue();
    }

    // F5

    @Test
    void search_byScope_keepsTestFilesOutByDefaultAndInWhenAsked() {
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

    @Test
    void symbols_testListUsers_isHiddenByDefaultAndFoundWithScopeTest() {
        assertThat(tools.structured("symbols", Map.of("name", "TestListUsers"))
                        .path("definitions")
                        .isEmpty())
                .isTrue();
        assertThat(paths(tools.structured("symbols", Map.of("name", "TestListUsers", "scope", "test"))
                        .path("definitions")))
                .containsExactly("go/server_test.go");
    }

    // Y1

    @Test
    void symbols_validateToken_isOneFunctionInLoginTsAndNamesAreCaseSensitive() {
        JsonNode definitions =
                tools.structured("symbols", Map.of("name", "validateToken")).path("definitions");
        JsonNode lower = tools.structured("symbols", Map.of("name", "validatetoken"));

        assertThat(definitions.size()).isEqualTo(1);
        assertThat(definitions.get(0).path("file_path").asText()).isEqualTo("ts/src/auth/login.ts");
        assertThat(definitions.get(0).path("kind").asText()).isEqualTo("function");
        assertThat(definitions.get(0).path("signature").asText()).contains("token: string");
        assertThat(lower.path("definitions").isEmpty()).isTrue();
    }

    @Test
    void symbols_qualifiedFindAndExternalCreateHmac_answerAsY1Says() {
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

    @Test
    void dependencies_callersOfValidateToken_growWithDepthAndKeepTestsOutByDefault() {
        JsonNode depth1 =
                tools.structured("dependencies", Map.of("symbol", "validateToken", "direction", "callers", "depth", 1));
        JsonNode depth2 =
                tools.structured("dependencies", Map.of("symbol", "validateToken", "direction", "callers", "depth", 2));
        JsonNode all = tools.structured(
                "dependencies", Map.of("symbol", "validateToken", "direction", "callers", "scope", "all"));

        assertThat(depth1.path("results").findValuesAsText("name")).contains("authGuard", "refreshToken", "login");
        assertThat(paths(depth1.path("results"))).doesNotContain("ts/src/auth/login.test.ts");
        assertThat(depth2.path("results").findValuesAsText("qualified_name"))
                .containsAll(depth1.path("results").findValuesAsText("qualified_name"));
        assertThat(depth1.path("results").findValuesAsText("qualified_name")).doesNotContain("validateToken");
        assertThat(paths(all.path("results"))).contains("ts/src/auth/login.test.ts");
    }

    @Test
    void dependencies_callersOfCreateHmac_comeFromTheUnresolvedReference() {
        JsonNode result = tools.structured("dependencies", Map.of("symbol", "createHmac", "direction", "callers"));

        assertThat(result.path("roots").isEmpty()).isTrue();
        assertThat(result.path("results").findValuesAsText("name")).contains("validateToken");
    }

    // C1

    @Test
    void context_guard_includesAuthGuardAndValidateTokenReachedThroughIt() {
        JsonNode chunks = tools.structured("context", Map.of("query", "guard", "budget_tokens", 4096))
                .path("chunks");

        List<String> symbols = chunks.findValuesAsText("symbol");
        assertThat(symbols).contains("authGuard", "validateToken");
        chunks.forEach(chunk -> {
            if (chunk.path("symbol").asText().equals("validateToken")) {
                assertThat(chunk.path("via").asText()).contains("authGuard");
            }
        });
    }

    // F8, F9's first step

    @Test
    void diff_onAFreshIndex_hasNoChanges() {
        JsonNode diff = tools.structured("diff", Map.of());

        assertThat(diff.path("changes").isArray()).isTrue();
        assertThat(diff.path("changes").isEmpty()).isTrue();
        assertThat(diff.path("truncated").asBoolean()).isFalse();
    }

    // E1

    @Test
    void summary_ofTheFixture_countsFilesTestsAndLanguagesWithoutIndexingText() {
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

    @Test
    void enrichmentStatus_withEmbeddingsOff_isDisabledWithEveryChunkUnembedded() {
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
