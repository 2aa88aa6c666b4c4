package shaktiman.app.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import shaktiman.app.config.TestHooks;
import shaktiman.core.tools.ToolDefaults;

/** Verifies the listing of all seven tools (MCP-14…16, P3) and MCP-18's checks through tools/call (P6, P10, F14). */
@Timeout(60)
class McpToolsTest {

    private static final List<String> SORTED_NAMES =
            List.of("context", "dependencies", "diff", "enrichment_status", "search", "summary", "symbols");

    private static JsonNode list(SessionHarness harness) throws IOException, InterruptedException {
        harness.request("\"list\"", "tools/list", null);
        return harness.next().path("result").path("tools");
    }

    private static JsonNode call(SessionHarness harness, String tool, String arguments)
            throws IOException, InterruptedException {
        harness.request("\"call\"", "tools/call", "{\"name\":\"" + tool + "\",\"arguments\":" + arguments + "}");
        return harness.next().path("result");
    }

    private static String errorText(JsonNode result) {
        assertThat(result.path("isError").asBoolean())
                .as("isError in " + result)
                .isTrue();
        assertThat(result.has("structuredContent")).isFalse();
        return result.path("content").get(0).path("text").asText();
    }

    @Test
    void toolsList_hasTheSevenToolsSortedByName() throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            List<String> names = new ArrayList<>();
            list(harness).forEach(tool -> names.add(tool.path("name").asText()));

            assertThat(names).isEqualTo(SORTED_NAMES);
        }
    }

    @Test
    void everyTool_hasTitleDescriptionAnnotationsAndBothSchemas() throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            for (JsonNode tool : list(harness)) {
                String name = tool.path("name").asText();

                assertThat(tool.path("title").asText()).as(name).isNotBlank();
                assertThat(tool.path("description").asText().length()).as(name).isBetween(1, 700);
                assertThat(tool.path("annotations").toString())
                        .as(name)
                        .isEqualTo("{\"readOnlyHint\":true,\"destructiveHint\":false,\"idempotentHint\":true,"
                                + "\"openWorldHint\":false}");
                assertThat(tool.path("inputSchema").path("type").asText())
                        .as(name)
                        .isEqualTo("object");
                assertThat(tool.path("inputSchema").path("additionalProperties").asBoolean(true))
                        .as(name)
                        .isFalse();
                assertThat(tool.path("outputSchema").path("type").asText())
                        .as(name)
                        .isEqualTo("object");
            }
        }
    }

    @Test
    void negotiated2024_listsNoTitleOutputSchemaOrAnnotationsOnAnyTool() throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            harness.initialize("\"2024-11-05\"");
            for (JsonNode tool : list(harness)) {
                assertThat(tool.has("title")).isFalse();
                assertThat(tool.has("outputSchema")).isFalse();
                assertThat(tool.has("annotations")).isFalse();
                assertThat(tool.path("inputSchema").isObject()).isTrue();
            }
        }
    }

    @Test
    void contextDisabled_leavesContextOutOfTheListAndTheCalls() throws Exception {
        McpServer.Options options = SessionHarness.options(
                16, McpServer.Options.DEFAULT_CALL_TIMEOUT, TestHooks.none(), ToolDefaults.STANDARD, false);
        try (SessionHarness harness = SessionHarness.with(options)) {
            List<String> names = new ArrayList<>();
            list(harness).forEach(tool -> names.add(tool.path("name").asText()));
            harness.request("2", "tools/call", "{\"name\":\"context\",\"arguments\":{\"query\":\"x\"}}");
            JsonNode answer = harness.next();

            assertThat(names).doesNotContain("context").hasSize(6);
            assertThat(answer.path("error").path("message").asText()).isEqualTo("Unknown tool: context");
        }
    }

    @Test
    void configuredDefaults_appearInTheListing() throws Exception {
        McpServer.Options options = SessionHarness.options(
                16,
                McpServer.Options.DEFAULT_CALL_TIMEOUT,
                TestHooks.none(),
                new ToolDefaults(30, 0.25, "full", 2_048),
                true);
        try (SessionHarness harness = SessionHarness.with(options)) {
            JsonNode tools = list(harness);
            JsonNode search = tools.get(SORTED_NAMES.indexOf("search"));
            JsonNode context = tools.get(SORTED_NAMES.indexOf("context"));

            assertThat(search.path("inputSchema")
                            .path("properties")
                            .path("max_results")
                            .path("default")
                            .asInt())
                    .isEqualTo(30);
            assertThat(search.path("description").asText()).contains("up to 30 hits", "0.25");
            assertThat(context.path("inputSchema")
                            .path("properties")
                            .path("budget_tokens")
                            .path("default")
                            .asInt())
                    .isEqualTo(2_048);
        }
    }

    // P6

    @Test
    void search_withoutArguments_failsAsMissingQuery() throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            harness.request("1", "tools/call", "{\"name\":\"search\"}");

            assertThat(errorText(harness.next().path("result")))
                    .isEqualTo("missing required argument 'query' (string)");
        }
    }

    @Test
    void search_withMaxResultsZero_failsWithTheRange() throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            assertThat(errorText(call(harness, "search", "{\"query\":\"x\",\"max_results\":0}")))
                    .isEqualTo("invalid argument 'max_results': must be an integer from 1 to 200; got 0");
        }
    }

    @Test
    void search_withMisspelledArgument_listsTheAcceptedNames() throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            assertThat(errorText(call(harness, "search", "{\"query\":\"x\",\"max_result\":3}")))
                    .isEqualTo("unknown argument 'max_result'; accepted: query, mode, max_results, min_score,"
                            + " explain, path, scope");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"5\"", "5", "5.0", "5.00"})
    void search_withMaxResultsInALenientForm_passesValidation(String maxResults) throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            JsonNode result = call(harness, "search", "{\"query\":\"x\",\"max_results\":" + maxResults + "}");

            assertThat(result.has("isError")).as(result.toString()).isFalse();
            assertThat(result.path("content").get(0).path("text").asText()).startsWith("No results for \"x\".");
        }
    }

    // F14, through the wire's own number forms

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "search|{\"query\":\"x\",\"scope\":\"unit\"}|invalid argument 'scope': must be one of impl, test, all;"
                        + " got \"unit\"",
                "symbols|{\"name\":\"x\",\"kind\":\"klass\"}|invalid argument 'kind': must be one of function, method,"
                        + " class, interface, type, variable, constant, namespace, file; got \"klass\"",
                "diff|{\"limit\":0}|invalid argument 'limit': must be an integer from 1 to 500; got 0",
                "diff|{\"since\":\"-1h\"}|invalid argument 'since': must be a duration from 1s to 720h, such as 90m,"
                        + " 1h30m or 7d; got \"-1h\"",
                "search|{\"query\":\"x\",\"max_results\":5.9}|invalid argument 'max_results': must be an integer from"
                        + " 1 to 200; got 5.9",
                "search|{\"query\":42}|invalid argument 'query': must be a non-empty string of at most 10,000"
                        + " characters; got 42",
                "search|{\"query\":\"x\",\"max_results\":1e300}|invalid argument 'max_results': must be an integer"
                        + " from 1 to 200; got 1.0E300",
                "search|{\"query\":\"x\",\"max_results\":123456789012345678901234567890}|invalid argument"
                        + " 'max_results': must be an integer from 1 to 200; got 123456789012345678901234567890",
                "search|{\"query\":\"x\",\"explain\":\"yes\"}|invalid argument 'explain': must be true or false;"
                        + " got \"yes\"",
                "search|{\"query\":\"  \"}|invalid argument 'query': must be a non-empty string; got \"  \"",
                "search|{\"query\":\"x\",\"path\":\"/etc\"}|invalid argument 'path': must be a project-relative path"
                        + " inside the project, without '..'; got \"/etc\"",
                "dependencies|{\"symbol\":\"x\",\"edge_kinds\":[\"calls\",\"extends\"]}|invalid argument"
                        + " 'edge_kinds': must be a non-empty array of calls, imports, inherits, implements, type_ref;"
                        + " got [\"calls\",\"extends\"]",
                "enrichment_status|{\"verbose\":true}|unknown argument 'verbose'; accepted: (none)"
            })
    void badArgument_isReportedNamingArgumentRuleAndValue(String tool, String arguments, String message)
            throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            assertThat(errorText(call(harness, tool, arguments))).isEqualTo(message);
        }
    }

    // P10

    @Test
    void tenMebibyteQuery_failsNamingQueryAndTheLimit_andTheSessionKeepsWorking() throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            String query = "q".repeat(10 * 1024 * 1024);

            String text = errorText(call(harness, "search", "{\"query\":\"" + query + "\"}"));

            assertThat(text)
                    .startsWith("invalid argument 'query': must be a non-empty string of at most 10,000 characters;")
                    .hasSizeLessThan(200);
            harness.pingIsNext("\"after\"");
        }
    }

    @Test
    void summary_stillAnswers() throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            JsonNode result = call(harness, "summary", "{}");

            assertThat(result.has("isError")).isFalse();
            assertThat(result.path("structuredContent").path("files").asInt()).isEqualTo(18);
        }
    }
}
