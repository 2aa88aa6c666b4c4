package shaktiman.app.mcp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Verifies a session's protocol surface over a pipe: P1, P2, P4 and MCP-9 of mcp-tools §6. */
@Timeout(60)
class McpSessionProtocolTest {

    private static final List<String> TOOL_NAMES =
            List.of("search", "context", "symbols", "dependencies", "diff", "summary", "enrichment_status");

    @ParameterizedTest
    @ValueSource(strings = {"2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05"})
    void initialize_withSupportedVersion_echoesIt(String version) throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            JsonNode result = harness.initialize("\"" + version + "\"");

            assertThat(result.path("protocolVersion").asText()).isEqualTo(version);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"1999-01-01\"", "42", "null"})
    void initialize_withUnknownVersion_answersTheLatest(String version) throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            JsonNode result = harness.initialize(version);

            assertThat(result.path("protocolVersion").asText()).isEqualTo("2025-11-25");
        }
    }

    @Test
    void initialize_withoutVersion_answersTheLatest() throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            JsonNode result = harness.initialize(null);

            assertThat(result.path("protocolVersion").asText()).isEqualTo("2025-11-25");
        }
    }

    @Test
    void initialize_result_namesTheServerAndDeclaresOnlyToolsAndResources() throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            JsonNode result = harness.initialize("\"2025-11-25\"");

            assertThat(result.path("serverInfo").toString())
                    .isEqualTo("{\"name\":\"shaktiman\",\"title\":\"Shaktiman code index\",\"version\":\""
                            + SessionHarness.VERSION + "\"}");
            assertThat(result.path("capabilities").toString())
                    .isEqualTo("{\"tools\":{\"listChanged\":false},"
                            + "\"resources\":{\"subscribe\":true,\"listChanged\":false}}");
        }
    }

    @Test
    void initialize_instructions_mentionEveryToolGrepAndGlobWithinTheLimit() throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            String instructions =
                    harness.initialize("\"2025-11-25\"").path("instructions").asText();

            assertThat(instructions).contains(TOOL_NAMES).contains("Grep", "Glob");
            assertThat(instructions.length()).isLessThanOrEqualTo(1_500);
        }
    }

    @Test
    void negotiated2024_leavesOutAnnotationsTitlesOutputSchemaAndStructuredContent() throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            JsonNode init = harness.initialize("\"2024-11-05\"");
            harness.request("2", "tools/list", null);
            JsonNode tool = harness.next().path("result").path("tools").get(0);
            harness.request("3", "tools/call", "{\"name\":\"summary\"}");
            JsonNode call = harness.next().path("result");

            assertThat(init.path("serverInfo").has("title")).isFalse();
            assertThat(tool.has("annotations")).isFalse();
            assertThat(tool.has("title")).isFalse();
            assertThat(tool.has("outputSchema")).isFalse();
            assertThat(tool.path("inputSchema").isObject()).isTrue();
            assertThat(call.has("structuredContent")).isFalse();
            assertThat(call.path("content").get(0).path("text").asText()).startsWith("{\"project_root\"");
        }
    }

    @Test
    void negotiated2025_03_26_addsAnnotationsOnly() throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            harness.initialize("\"2025-03-26\"");
            harness.request("2", "tools/list", null);
            JsonNode tool = harness.next().path("result").path("tools").get(0);

            assertThat(tool.path("annotations").toString())
                    .isEqualTo("{\"readOnlyHint\":true,\"destructiveHint\":false,\"idempotentHint\":true,"
                            + "\"openWorldHint\":false}");
            assertThat(tool.has("title")).isFalse();
            assertThat(tool.has("outputSchema")).isFalse();
        }
    }

    @Test
    void negotiated2025_06_18_sendsEveryField() throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            harness.initialize("\"2025-06-18\"");
            harness.request("2", "tools/list", null);
            JsonNode tool = named(harness.next().path("result"), "summary");
            harness.request("3", "tools/call", "{\"name\":\"summary\",\"arguments\":{}}");
            JsonNode call = harness.next().path("result");

            assertThat(tool.path("name").asText()).isEqualTo("summary");
            assertThat(tool.path("description").asText().length()).isBetween(1, 700);
            assertThat(tool.has("title")).isTrue();
            assertThat(tool.path("annotations").isObject()).isTrue();
            assertThat(tool.path("outputSchema").path("type").asText()).isEqualTo("object");
            assertThat(tool.path("inputSchema").toString())
                    .isEqualTo("{\"type\":\"object\",\"additionalProperties\":false,\"properties\":{}}");
            assertThat(call.has("isError")).isFalse();
            assertThat(call.path("content").get(0).path("text").asText())
                    .isEqualTo(call.path("structuredContent").toString());
        }
    }

    @Test
    void initialize_repeated_negotiatesAgain() throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            harness.initialize("\"2024-11-05\"");
            harness.initialize("\"2025-06-18\"");
            harness.request("2", "tools/list", null);
            JsonNode tool = harness.next().path("result").path("tools").get(0);

            assertThat(tool.has("outputSchema")).isTrue();
        }
    }

    @Test
    void requestsBeforeInitialize_areServedWithTheLatestBehaviour() throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            harness.pingIsNext("1");
            harness.request("2", "tools/list", "{\"cursor\":\"ignored\"}");
            JsonNode result = harness.next().path("result");

            assertThat(result.path("tools").get(0).has("outputSchema")).isTrue();
            assertThat(result.has("nextCursor")).isFalse();
        }
    }

    /** The tool called {@code name} in a tools/list result. */
    private static JsonNode named(JsonNode listResult, String name) {
        for (JsonNode tool : listResult.path("tools")) {
            if (tool.path("name").asText().equals(name)) {
                return tool;
            }
        }
        throw new AssertionError("no tool " + name + " in " + listResult);
    }

    static Stream<Arguments> mcp8Rows() {
        return Stream.of(
                Arguments.of("{\"jsonrpc\":\"2.0\",\"id\":1,", -32700, "Parse error", "null"),
                Arguments.of("{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"ping\"}", -32600, "Invalid Request", "1"),
                Arguments.of("[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}]", -32600, "Invalid Request", "null"),
                Arguments.of("7", -32600, "Invalid Request", "null"),
                Arguments.of("{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"method\":5}", -32600, "Invalid Request", "\"a\""),
                Arguments.of(
                        "{\"jsonrpc\":\"2.0\",\"id\":null,\"method\":\"ping\"}", -32600, "Invalid Request", "null"),
                Arguments.of("{\"jsonrpc\":\"2.0\",\"id\":1.5,\"method\":\"ping\"}", -32600, "Invalid Request", "null"),
                Arguments.of(
                        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"nope\"}", -32601, "Method not found: nope", "1"),
                Arguments.of(
                        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"prompts/list\"}",
                        -32601,
                        "Method not found: prompts/list",
                        "1"),
                Arguments.of(
                        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"logging/setLevel\",\"params\":{\"level\":\"info\"}}",
                        -32601,
                        "Method not found: logging/setLevel",
                        "1"),
                Arguments.of(
                        "{\"jsonrpc\":\"2.0\",\"id\":\"c\",\"method\":\"tools/call\","
                                + "\"params\":{\"name\":\"summary\",\"arguments\":\"x\"}}",
                        -32602,
                        "Invalid params: 'arguments' must be an object",
                        "\"c\""),
                Arguments.of(
                        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":5}}",
                        -32602,
                        "Invalid params: tools/call requires a string 'name'",
                        "1"),
                Arguments.of(
                        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/list\",\"params\":[1]}",
                        -32602,
                        "Invalid params: params must be an object",
                        "1"),
                Arguments.of(
                        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"nope\"}}",
                        -32602,
                        "Unknown tool: nope",
                        "1"),
                Arguments.of(
                        "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"resources/read\","
                                + "\"params\":{\"uri\":\"shaktiman://nope\"}}",
                        -32002,
                        "Resource not found: shaktiman://nope",
                        "1"));
    }

    @ParameterizedTest
    @MethodSource("mcp8Rows")
    void mcp8Row_isAnsweredWithItsErrorThenTheNextRequestIsServed(String line, int code, String message, String id)
            throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            harness.send(line);
            JsonNode answer = harness.next();

            assertThat(answer.path("error").path("code").asInt()).isEqualTo(code);
            assertThat(answer.path("error").path("message").asText()).isEqualTo(message);
            assertThat(answer.path("id").toString()).isEqualTo(id);
            harness.pingIsNext("99");
        }
    }

    @Test
    void unknownTool_listsTheAvailableToolsInData() throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            harness.request("1", "tools/call", "{\"name\":\"nope\"}");

            assertThat(harness.next().path("error").path("data").toString())
                    .isEqualTo("{\"available\":[\"context\",\"dependencies\",\"diff\",\"enrichment_status\","
                            + "\"search\",\"summary\",\"symbols\"]}");
        }
    }

    @Test
    void notifications_evenUnknownOrMalformed_getNoReply() throws Exception {
        List<String> notifications = new ArrayList<>(List.of(
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/nope\",\"params\":[1,2]}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":404}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":\"x\"}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"tools/call\"}",
                "{\"jsonrpc\":\"1.0\",\"method\":\"notifications/initialized\"}",
                "{\"jsonrpc\":\"2.0\",\"method\":5}"));
        try (SessionHarness harness = new SessionHarness()) {
            for (int i = 0; i < notifications.size(); i++) {
                harness.send(notifications.get(i));

                harness.pingIsNext(String.valueOf(i));
            }
            assertThat(harness.session.initialized()).isTrue();
        }
    }

    @Test
    void responsesAddressedToTheServer_areIgnored() throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            harness.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}");
            harness.send("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-1,\"message\":\"x\"}}");

            harness.pingIsNext("2");
        }
    }

    @Test
    void oversizedLine_isAnsweredWithItsSizeAndId() throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            harness.session.acceptOversized(67_108_865L, shaktiman.app.protocol.JsonRpcId.of("big"));
            JsonNode answer = harness.next();

            assertThat(answer.path("id").asText()).isEqualTo("big");
            assertThat(answer.path("error").path("message").asText())
                    .isEqualTo("message of 67108865 bytes exceeds the 64 MiB limit");
            harness.pingIsNext("3");
        }
    }

    @Test
    void resources_listReadAndTemplates_serveTheWorkspaceSummary() throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            harness.request("1", "resources/list", null);
            JsonNode resources = harness.next().path("result").path("resources");
            harness.request("2", "resources/read", "{\"uri\":\"shaktiman://workspace/summary\"}");
            JsonNode contents = harness.next().path("result").path("contents").get(0);
            harness.request("3", "resources/templates/list", null);
            JsonNode templates = harness.next().path("result");

            assertThat(resources).hasSize(1);
            assertThat(resources.get(0).path("uri").asText()).isEqualTo("shaktiman://workspace/summary");
            assertThat(resources.get(0).path("name").asText()).isEqualTo("workspace-summary");
            assertThat(resources.get(0).path("mimeType").asText()).isEqualTo("application/json");
            assertThat(contents.path("mimeType").asText()).isEqualTo("application/json");
            assertThat(contents.path("text").asText()).startsWith("{\"project_root\":\"/home/dev/shop\"");
            assertThat(templates.toString()).isEqualTo("{\"resourceTemplates\":[]}");
        }
    }

    @Test
    void subscribedSession_onIndexChanges_hearsOfTheSummaryOnceAndNothingAfterUnsubscribing() throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            harness.request("1", "resources/subscribe", "{\"uri\":\"shaktiman://workspace/summary\"}");
            JsonNode subscribed = harness.next();
            harness.server.indexChanged();
            harness.server.indexChanged();
            JsonNode updated = harness.next();
            harness.request("2", "resources/unsubscribe", "{\"uri\":\"shaktiman://workspace/summary\"}");
            JsonNode unsubscribed = harness.next();
            harness.server.indexChanged();

            assertThat(subscribed.toString()).isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}");
            assertThat(updated.toString())
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/resources/updated\","
                            + "\"params\":{\"uri\":\"shaktiman://workspace/summary\"}}");
            assertThat(unsubscribed.path("result").isObject()).isTrue();
            // The second change fell inside the 2 s gap and was coalesced; after unsubscribing nothing more comes.
            harness.pingIsNext("3");
        }
    }

    @Test
    void subscribe_toAnotherUri_isRefusedWithTheListedCodes() throws Exception {
        try (SessionHarness harness = new SessionHarness()) {
            harness.request("1", "resources/subscribe", "{\"uri\":\"shaktiman://metrics\"}");
            JsonNode metrics = harness.next();
            harness.request("2", "resources/subscribe", "{}");
            JsonNode missing = harness.next();

            assertThat(metrics.path("error").path("code").asInt()).isEqualTo(-32002);
            assertThat(missing.path("error").path("code").asInt()).isEqualTo(-32602);
            assertThat(missing.path("error").path("message").asText())
                    .isEqualTo("Invalid params: resources/subscribe requires a string 'uri'");
            harness.server.indexChanged();
            harness.pingIsNext("3");
        }
    }

    @Test
    void idsOfAnyIntegerSize_areEchoedUnchanged() throws IOException, InterruptedException {
        try (SessionHarness harness = new SessionHarness()) {
            harness.request("123456789012345678901234567890", "ping", null);

            assertThat(harness.nextRaw())
                    .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":123456789012345678901234567890,\"result\":{}}");
            harness.request("12345678901234567890", "tools/list", null);
            assertThat(harness.nextRaw()).startsWith("{\"jsonrpc\":\"2.0\",\"id\":12345678901234567890,\"result\":");
        }
    }
}
