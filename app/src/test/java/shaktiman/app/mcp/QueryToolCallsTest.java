package shaktiman.app.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import shaktiman.adapters.tokens.JtokkitTokenCounter;
import shaktiman.app.config.TestHooks;
import shaktiman.app.query.FixtureIndex;
import shaktiman.core.tools.ToolDefaults;

/**
 * Verifies the seven tools answering for real through an MCP session over the §6 fixture indexed into the in-memory
 * store: MCP-17's content and structured content (valid against each output schema, P3/F8), MCP-19's failures and
 * MCP-43's per-session history.
 */
@Timeout(120)
class QueryToolCallsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path project;

    private static FixtureIndex fixture;

    @BeforeAll
    static void index() {
        fixture = FixtureIndex.indexed(project);
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static McpServer server(FixtureIndex index) {
        return new McpServer(
                new McpServer.Options(
                        SessionHarness.VERSION,
                        java.time.Instant.now(),
                        16,
                        McpServer.Options.DEFAULT_CALL_TIMEOUT,
                        TestHooks.none(),
                        index.root(),
                        ToolDefaults.STANDARD,
                        true),
                SessionHarness::readyIndex,
                index.tools());
    }

    private static JsonNode call(SessionHarness harness, String tool, String arguments)
            throws IOException, InterruptedException {
        harness.request("\"call\"", "tools/call", "{\"name\":\"" + tool + "\",\"arguments\":" + arguments + "}");
        JsonNode result = harness.next().path("result");
        assertThat(result.has("isError"))
                .as(tool + " " + arguments + " → " + result)
                .isFalse();
        return result;
    }

    private static String text(JsonNode result) {
        return result.path("content").get(0).path("text").asText();
    }

    /** A call of every tool, with the arguments of a §4/§6 test. */
    static Stream<Arguments> calls() {
        return Stream.of(
                Arguments.of("search", "{\"query\":\"hashPassword\",\"mode\":\"full\"}"),
                Arguments.of("search", "{\"query\":\"user\",\"explain\":true,\"min_score\":0,\"max_results\":200}"),
                Arguments.of("search", "{\"query\":\"qwzx vbnm plokij\",\"scope\":\"all\",\"min_score\":0}"),
                Arguments.of("context", "{\"query\":\"guard\",\"budget_tokens\":4096}"),
                Arguments.of("context", "{\"query\":\"qwzx vbnm plokij\",\"scope\":\"all\"}"),
                Arguments.of("symbols", "{\"name\":\"validateToken\"}"),
                Arguments.of("symbols", "{\"name\":\"UserService.find\"}"),
                Arguments.of("symbols", "{\"name\":\"createHmac\"}"),
                Arguments.of("symbols", "{\"name\":\"nothingNamedSo\"}"),
                Arguments.of("dependencies", "{\"symbol\":\"validateToken\",\"direction\":\"callers\"}"),
                Arguments.of("dependencies", "{\"symbol\":\"main\",\"direction\":\"outgoing\",\"depth\":2}"),
                Arguments.of("dependencies", "{\"symbol\":\"nothingNamedSo\"}"),
                Arguments.of("diff", "{}"),
                Arguments.of("summary", "{}"),
                Arguments.of("enrichment_status", "{}"));
    }

    @ParameterizedTest
    @MethodSource("calls")
    void call_overTheFixture_answersWithStructuredContentValidAgainstTheOutputSchema(String tool, String arguments)
            throws Exception {
        try (SessionHarness harness = new SessionHarness(server(fixture))) {
            JsonNode structured = call(harness, tool, arguments).path("structuredContent");

            assertThat(structured.isObject()).isTrue();
            for (ToolSchemasTest.Draft draft : ToolSchemasTest.Draft.values()) {
                assertThat(draft.validate(OutputSchemas.of(tool), structured))
                        .as(draft + " " + tool + " " + structured)
                        .isEmpty();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("calls")
    void call_overTheFixture_neverSendsNullAndKeepsEveryRequiredList(String tool, String arguments) throws Exception {
        try (SessionHarness harness = new SessionHarness(server(fixture))) {
            JsonNode structured = call(harness, tool, arguments).path("structuredContent");

            assertThat(structured.toString()).doesNotContain(":null");
            List<String> lists = switch (tool) {
                case "search" -> List.of("results");
                case "context" -> List.of("chunks");
                case "symbols" -> List.of("definitions", "referenced_by");
                case "dependencies" -> List.of("roots", "results", "external");
                case "diff" -> List.of("changes");
                default -> List.of();
            };
            for (String list : lists) {
                assertThat(structured.path(list).isArray()).as(list).isTrue();
            }
        }
    }

    /** The calls of the five tools whose text is their structured content (MCP-17). */
    static Stream<Arguments> jsonCalls() {
        return calls().filter(call -> !List.of("search", "context").contains(call.get()[0]));
    }

    @ParameterizedTest
    @MethodSource("jsonCalls")
    void jsonTool_overTheFixture_hasItsStructuredContentAsCompactText(String tool, String arguments) throws Exception {
        try (SessionHarness harness = new SessionHarness(server(fixture))) {
            JsonNode result = call(harness, tool, arguments);

            JsonNode parsed = JSON.readTree(text(result));

            assertThat(parsed).isEqualTo(result.path("structuredContent"));
            assertThat(text(result)).isEqualTo(JSON.writeValueAsString(parsed));
        }
    }

    @Test
    void search_fullModeForHashPassword_showsTheBlockAndCountsEachHitsContent() throws Exception {
        try (SessionHarness harness = new SessionHarness(server(fixture))) {
            JsonNode result = call(harness, "search", "{\"query\":\"hashPassword\",\"mode\":\"full\"}");

            assertThat(text(result)).contains("--- ts/src/utils/hash.ts:", "\nexport async function hashPassword(");
            JtokkitTokenCounter tokens = new JtokkitTokenCounter();
            JsonNode hits = result.path("structuredContent").path("results");
            assertThat(hits.size()).isPositive();
            for (JsonNode hit : hits) {
                assertThat(hit.path("tokens").asInt())
                        .as(hit.path("file_path").asText())
                        .isEqualTo(tokens.count(hit.path("content").asText()));
            }
        }
    }

    @Test
    void search_withNoMatch_saysSoAndReturnsAnEmptyList() throws Exception {
        try (SessionHarness harness = new SessionHarness(server(fixture))) {
            JsonNode result =
                    call(harness, "search", "{\"query\":\"qwzx vbnm plokij\",\"scope\":\"all\",\"min_score\":0}");

            assertThat(text(result)).startsWith("No results for \"qwzx vbnm plokij\".");
            assertThat(result.path("structuredContent").path("results").isEmpty())
                    .isTrue();
        }
    }

    @Test
    void symbols_validateToken_isOneFunctionInLoginTsWithItsSignature() throws Exception {
        try (SessionHarness harness = new SessionHarness(server(fixture))) {
            JsonNode definitions = call(harness, "symbols", "{\"name\":\"validateToken\"}")
                    .path("structuredContent")
                    .path("definitions");

            assertThat(definitions.size()).isEqualTo(1);
            assertThat(definitions.get(0).path("file_path").asText()).isEqualTo("ts/src/auth/login.ts");
            assertThat(definitions.get(0).path("kind").asText()).isEqualTo("function");
            assertThat(definitions.get(0).path("signature").asText()).contains("token: string");
            assertThat(definitions.get(0).path("is_test").asBoolean()).isFalse();
        }
    }

    @Test
    void dependencies_callersOfValidateToken_includeTheThreeImplCallersAtDepthOne() throws Exception {
        try (SessionHarness harness = new SessionHarness(server(fixture))) {
            JsonNode results = call(harness, "dependencies", "{\"symbol\":\"validateToken\",\"direction\":\"callers\"}")
                    .path("structuredContent")
                    .path("results");
            List<String> depthOne = new ArrayList<>();
            results.forEach(entry -> {
                if (entry.path("depth").asInt() == 1) {
                    depthOne.add(entry.path("name").asText());
                }
            });

            assertThat(depthOne).contains("authGuard", "refreshToken", "login");
            assertThat(results.toString()).doesNotContain("login.test.ts");
        }
    }

    @Test
    void enrichmentStatus_withEmbeddingsOff_reportsTheStoreChunksAndNothingEmbedded() throws Exception {
        try (SessionHarness harness = new SessionHarness(server(fixture))) {
            JsonNode status = call(harness, "enrichment_status", "{}").path("structuredContent");

            assertThat(status.path("enabled").asBoolean()).isFalse();
            assertThat(status.path("circuit_state").asText()).isEqualTo("disabled");
            assertThat(status.path("embedded_chunks").asLong()).isZero();
            assertThat(status.path("embedding_pct").asDouble()).isZero();
            assertThat(status.path("pending_jobs").asLong()).isZero();
            assertThat(status.path("total_chunks").asLong())
                    .isEqualTo(SessionHarness.readyIndex().counts().chunks());
            assertThat(status.has("notice")).isFalse();
            assertThat(status.has("provider")).isFalse();
        }
    }

    @Test
    void searchOnAClosedStore_failsNamingTheToolOnOneLine() throws Exception {
        FixtureIndex closed = FixtureIndex.empty();
        try (SessionHarness harness = new SessionHarness(server(closed))) {
            closed.close();
            harness.request("\"call\"", "tools/call", "{\"name\":\"search\",\"arguments\":{\"query\":\"user\"}}");
            JsonNode result = harness.next().path("result");

            assertThat(result.path("isError").asBoolean()).isTrue();
            assertThat(result.has("structuredContent")).isFalse();
            assertThat(text(result))
                    .startsWith("search failed: ")
                    .doesNotContain("\n")
                    .hasSizeLessThanOrEqualTo(300);
        }
    }

    @Test
    void sessionHistory_risesWithinASession_andANewSessionStartsEmpty() throws Exception {
        String arguments = "{\"query\":\"user\",\"explain\":true,\"min_score\":0,\"max_results\":200}";
        McpServer server = server(fixture);
        try (SessionHarness first = new SessionHarness(server)) {
            JsonNode a1 = call(first, "search", arguments);
            JsonNode a2 = call(first, "search", arguments);
            Map<String, Double> before = sessionValues(a1);
            Map<String, Double> after = sessionValues(a2);

            assertThat(before.values()).allSatisfy(value -> assertThat(value).isZero());
            assertThat(after.values()).anySatisfy(value -> assertThat(value).isPositive());
            try (SessionHarness second = new SessionHarness(server)) {
                JsonNode b1 = call(second, "search", arguments);

                assertThat(text(b1)).isEqualTo(text(a1));
            }
        }
    }

    private static Map<String, Double> sessionValues(JsonNode result) {
        Map<String, Double> values = new java.util.LinkedHashMap<>();
        for (JsonNode hit : result.path("structuredContent").path("results")) {
            values.put(
                    hit.path("file_path").asText() + ":"
                            + hit.path("start_line").asInt(),
                    hit.path("explain")
                            .path("signals")
                            .path("session")
                            .path("value")
                            .asDouble());
        }
        return values;
    }
}
