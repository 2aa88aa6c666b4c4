package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Verifies the MCP protocol tests of mcp-tools §6 (P1–P6, P9, P10) and F14 through a real {@code bin/shaktimand}, on its
 * own stdio and through a proxy. One leader and one proxy serve every test; each test leaves its session negotiated at
 * the newest version, as it found it.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class McpProtocolIT {

    private static final List<String> VERSIONS = List.of("2025-11-25", "2025-06-18", "2025-03-26", "2024-11-05");
    private static final List<String> TOOLS =
            List.of("context", "dependencies", "diff", "enrichment_status", "search", "summary", "symbols");
    private static final AtomicInteger IDS = new AtomicInteger();

    private static FixtureLeader fixture;
    private static String buildVersion;

    @BeforeAll
    static void start() {
        fixture = FixtureLeader.start();
        DaemonProcess version = fixture.daemons().daemon().args("--version").start();
        assertThat(version.awaitExit(Daemons.SHORT)).isZero();
        version.mcp().awaitEof(Daemons.SHORT);
        // MI-46: "shaktimand <version> (<commit>) java …"; the version is the second word.
        buildVersion = version.mcp().lines().getFirst().raw().split(" ")[1];
    }

    @AfterAll
    static void stop() {
        if (fixture != null) {
            fixture.close();
        }
    }

    private static String nextId() {
        return "p-" + IDS.incrementAndGet();
    }

    private static JsonNode initialize(McpClient client, Object protocolVersion) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (protocolVersion != null) {
            params.put("protocolVersion", protocolVersion);
        }
        params.put("capabilities", Map.of());
        params.put("clientInfo", Map.of("name", "shaktiman-it", "version", "1"));
        return McpClient.resultOf(client.request(nextId(), "initialize", params));
    }

    private static JsonNode request(McpClient client, String method, Object params) {
        return client.request(nextId(), method, params);
    }

    /** Sends {@code line} and returns the lines that arrive up to and including the answer to a ping sent after it. */
    private static List<McpClient.Line> linesUpToPing(McpClient client, String line) {
        int before = client.lines().size();
        client.send(line);
        String ping = nextId();
        client.request(ping, "ping", null);
        List<McpClient.Line> all = client.lines();
        return all.subList(before, all.size());
    }

    private static JsonNode named(JsonNode tools, String name) {
        for (JsonNode tool : tools) {
            if (tool.path("name").asText().equals(name)) {
                return tool;
            }
        }
        throw new AssertionError("no tool " + name + " in " + tools);
    }

    // P1

    @ParameterizedTest
    @EnumSource(Route.class)
    void initialize_negotiatesTheVersionAndNamesServerVersionAndTools(Route route) {
        McpClient client = fixture.client(route);
        try {
            for (String version : VERSIONS) {
                assertThat(initialize(client, version).path("protocolVersion").asText())
                        .isEqualTo(version);
            }
            assertThat(initialize(client, "1999-01-01").path("protocolVersion").asText())
                    .isEqualTo("2025-11-25");
            assertThat(initialize(client, 20250618).path("protocolVersion").asText())
                    .isEqualTo("2025-11-25");
            JsonNode latest = initialize(client, null);

            assertThat(latest.path("protocolVersion").asText()).isEqualTo("2025-11-25");
            assertThat(latest.path("serverInfo").path("name").asText()).isEqualTo("shaktiman");
            assertThat(latest.path("serverInfo").path("title").asText()).isEqualTo("Shaktiman code index");
            assertThat(latest.path("serverInfo").path("version").asText()).isEqualTo(buildVersion);
            assertThat(latest.path("capabilities").toString())
                    .isEqualTo("{\"tools\":{\"listChanged\":false},"
                            + "\"resources\":{\"subscribe\":true,\"listChanged\":false}}");
            assertThat(latest.path("instructions").asText())
                    .hasSizeLessThanOrEqualTo(1_500)
                    .contains(TOOLS)
                    .contains("Grep");
        } finally {
            initialize(client, McpClient.PROTOCOL_VERSION);
        }
    }

    // P2

    @ParameterizedTest
    @EnumSource(Route.class)
    void negotiatedVersion_decidesWhichNewerFieldsAreSent(Route route) {
        McpClient client = fixture.client(route);
        Map<String, ?> call = McpClient.toolParams("symbols", Map.of("name", "validateToken"));
        try {
            initialize(client, "2024-11-05");
            JsonNode list2024 = McpClient.resultOf(request(client, "tools/list", null));
            JsonNode call2024 = McpClient.resultOf(request(client, "tools/call", call));
            initialize(client, "2025-03-26");
            JsonNode list2025a = McpClient.resultOf(request(client, "tools/list", null));
            JsonNode call2025a = McpClient.resultOf(request(client, "tools/call", call));
            initialize(client, "2025-06-18");
            JsonNode list2025b = McpClient.resultOf(request(client, "tools/list", null));
            JsonNode call2025b = McpClient.resultOf(request(client, "tools/call", call));

            assertThat(list2024.path("tools"))
                    .hasSize(7)
                    .allSatisfy(
                            tool -> assertThat(tool.has("annotations") || tool.has("outputSchema") || tool.has("title"))
                                    .as(tool.path("name").asText())
                                    .isFalse());
            assertThat(call2024.has("structuredContent")).isFalse();
            assertThat(list2025a.path("tools")).hasSize(7).allSatisfy(tool -> {
                assertThat(tool.has("annotations")).isTrue();
                assertThat(tool.has("outputSchema") || tool.has("title")).isFalse();
            });
            assertThat(call2025a.has("structuredContent")).isFalse();
            assertThat(list2025b.path("tools"))
                    .hasSize(7)
                    .allSatisfy(
                            tool -> assertThat(tool.has("annotations") && tool.has("outputSchema") && tool.has("title"))
                                    .as(tool.path("name").asText())
                                    .isTrue());
            assertThat(call2025b.has("structuredContent")).isTrue();
            assertThat(call2024.path("content")).isEqualTo(call2025b.path("content"));
        } finally {
            initialize(client, McpClient.PROTOCOL_VERSION);
        }
    }

    // P3, the listing; ToolCalls validates every structuredContent of the suite against these output schemas

    @ParameterizedTest
    @EnumSource(Route.class)
    void toolsList_hasTheSevenToolsWithAnnotationsAndSchemasThatCompileUnderBothDrafts(Route route) {
        JsonNode tools = McpClient.resultOf(request(fixture.client(route), "tools/list", Map.of()))
                .path("tools");
        List<Schema> metaSchemas = List.of(
                SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                        .getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#")),
                SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                        .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema")));

        List<String> names = new ArrayList<>();
        tools.forEach(tool -> names.add(tool.path("name").asText()));
        assertThat(names).containsExactlyElementsOf(TOOLS);
        for (JsonNode tool : tools) {
            String name = tool.path("name").asText();
            assertThat(tool.path("annotations").toString())
                    .as(name)
                    .isEqualTo("{\"readOnlyHint\":true,\"destructiveHint\":false,\"idempotentHint\":true,"
                            + "\"openWorldHint\":false}");
            assertThat(tool.path("inputSchema").path("type").asText()).as(name).isEqualTo("object");
            assertThat(tool.path("inputSchema").path("additionalProperties").isBoolean())
                    .as(name)
                    .isTrue();
            assertThat(tool.path("inputSchema").path("additionalProperties").asBoolean())
                    .as(name)
                    .isFalse();
            assertThat(tool.path("outputSchema").path("type").asText()).as(name).isEqualTo("object");
            assertThat(tool.path("description").asText()).as(name).isNotBlank().hasSizeLessThanOrEqualTo(700);
            for (Schema meta : metaSchemas) {
                assertThat(meta.validate(tool.path("inputSchema")))
                        .as(name + " input")
                        .isEmpty();
                assertThat(meta.validate(tool.path("outputSchema")))
                        .as(name + " output")
                        .isEmpty();
            }
        }
        assertThat(named(tools, "search").path("inputSchema").path("required").toString())
                .isEqualTo("[\"query\"]");
    }

    // P4

    @ParameterizedTest
    @EnumSource(Route.class)
    void everyMcp8Row_isAnsweredWithItsCodeAndTheNextRequestStillServed(Route route) {
        McpClient client = fixture.client(route);
        Map<String, Integer> rows = new LinkedHashMap<>();
        rows.put("{\"jsonrpc\":\"2.0\",\"id\":\"r1\",", -32700);
        rows.put("{\"jsonrpc\":\"1.0\",\"id\":\"r2\",\"method\":\"ping\"}", -32600);
        rows.put("[{\"jsonrpc\":\"2.0\",\"id\":\"r3\",\"method\":\"ping\"}]", -32600);
        rows.put("{\"jsonrpc\":\"2.0\",\"id\":\"r4\",\"method\":\"nope\"}", -32601);
        rows.put("{\"jsonrpc\":\"2.0\",\"id\":\"r5\",\"method\":\"prompts/list\"}", -32601);
        rows.put(
                "{\"jsonrpc\":\"2.0\",\"id\":\"r6\",\"method\":\"tools/call\","
                        + "\"params\":{\"name\":\"search\",\"arguments\":\"x\"}}",
                -32602);
        rows.put(
                "{\"jsonrpc\":\"2.0\",\"id\":\"r7\",\"method\":\"tools/call\",\"params\":{\"name\":\"nope\"}}", -32602);
        rows.put(
                "{\"jsonrpc\":\"2.0\",\"id\":\"r8\",\"method\":\"resources/read\","
                        + "\"params\":{\"uri\":\"shaktiman://nope\"}}",
                -32002);

        rows.forEach((line, code) -> {
            List<McpClient.Line> answered = linesUpToPing(client, line);

            assertThat(answered).as(line).hasSize(2);
            JsonNode error = answered.getFirst().json();
            assertThat(error.path("error").path("code").asInt()).as(line).isEqualTo(code);
            assertThat(answered.getLast().json().path("result").toString()).isEqualTo("{}");
        });
        JsonNode unknownTool = request(client, "tools/call", McpClient.toolParams("nope", Map.of()));
        assertThat(unknownTool.path("error").path("message").asText()).isEqualTo("Unknown tool: nope");
        assertThat(unknownTool.path("error").path("data").path("available").toString())
                .isEqualTo("[\"context\",\"dependencies\",\"diff\",\"enrichment_status\",\"search\",\"summary\","
                        + "\"symbols\"]");
    }

    // P5

    @ParameterizedTest
    @EnumSource(Route.class)
    void notifications_getNoReplyOfAnyKind(Route route) {
        McpClient client = fixture.client(route);
        List<String> notifications = List.of(
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/nope\",\"params\":{\"x\":1}}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":\"never-sent\"}}");

        for (String notification : notifications) {
            List<McpClient.Line> answered = linesUpToPing(client, notification);

            assertThat(answered).as(notification).hasSize(1);
            assertThat(answered.getFirst().json().path("result").toString()).isEqualTo("{}");
        }
    }

    // P6

    @ParameterizedTest
    @EnumSource(Route.class)
    void search_withBadArguments_answersTheExactMcp18Messages(Route route) {
        ToolCalls tools = fixture.tools(route);

        assertThat(tools.error("search", Map.of())).isEqualTo("missing required argument 'query' (string)");
        assertThat(tools.error("search", Map.of("query", "x", "max_results", 0)))
                .isEqualTo("invalid argument 'max_results': must be an integer from 1 to 200; got 0");
        assertThat(tools.error("search", Map.of("query", "x", "max_result", 3)))
                .isEqualTo("unknown argument 'max_result'; accepted: query, mode, max_results, min_score, explain,"
                        + " path, scope");
        assertThat(ToolCalls.text(tools.call("search", Map.of("query", "user", "max_results", "5", "min_score", 0))))
                .startsWith("5 of ");
    }

    // F14

    @ParameterizedTest
    @EnumSource(Route.class)
    void badArguments_areReportedNamingArgumentRuleAndValue(Route route) {
        ToolCalls tools = fixture.tools(route);

        assertThat(tools.error("search", Map.of("query", "x", "scope", "unit")))
                .isEqualTo("invalid argument 'scope': must be one of impl, test, all; got \"unit\"");
        assertThat(tools.error("symbols", Map.of("name", "x", "kind", "klass")))
                .isEqualTo("invalid argument 'kind': must be one of function, method, class, interface, type,"
                        + " variable, constant, namespace, file; got \"klass\"");
        assertThat(tools.error("diff", Map.of("limit", 0)))
                .isEqualTo("invalid argument 'limit': must be an integer from 1 to 500; got 0");
        assertThat(tools.error("diff", Map.of("since", "-1h")))
                .isEqualTo("invalid argument 'since': must be a duration from 1s to 720h, such as 90m, 1h30m or 7d;"
                        + " got \"-1h\"");
        assertThat(tools.error("search", Map.of("query", "x", "max_results", 5.9)))
                .isEqualTo("invalid argument 'max_results': must be an integer from 1 to 200; got 5.9");
        assertThat(tools.error("search", Map.of("query", 42)))
                .isEqualTo("invalid argument 'query': must be a non-empty string of at most 10,000 characters;"
                        + " got 42");
    }

    // P9

    @ParameterizedTest
    @EnumSource(Route.class)
    void workspaceSummaryResource_isListedAloneAndReadsAsTheSummaryTool(Route route) throws Exception {
        McpClient client = fixture.client(route);

        JsonNode resources =
                McpClient.resultOf(request(client, "resources/list", null)).path("resources");
        JsonNode contents = McpClient.resultOf(
                        request(client, "resources/read", Map.of("uri", "shaktiman://workspace/summary")))
                .path("contents");
        JsonNode summary = fixture.tools(route).structured("summary", Map.of());
        JsonNode templates = McpClient.resultOf(request(client, "resources/templates/list", null));

        assertThat(resources).hasSize(1);
        assertThat(resources.get(0).path("uri").asText()).isEqualTo("shaktiman://workspace/summary");
        assertThat(resources.get(0).path("name").asText()).isEqualTo("workspace-summary");
        assertThat(resources.get(0).path("title").asText()).isEqualTo("Workspace summary");
        assertThat(resources.get(0).path("mimeType").asText()).isEqualTo("application/json");
        assertThat(contents).hasSize(1);
        assertThat(contents.get(0).path("uri").asText()).isEqualTo("shaktiman://workspace/summary");
        assertThat(contents.get(0).path("mimeType").asText()).isEqualTo("application/json");
        assertThat(withoutLiveFields(
                        McpClient.JSON.readTree(contents.get(0).path("text").asText())))
                .isEqualTo(withoutLiveFields(summary));
        assertThat(templates.toString()).isEqualTo("{\"resourceTemplates\":[]}");
    }

    /** Summary without {@code daemon.uptime_s} and {@code metrics}, the fields P9 lets differ. */
    private static JsonNode withoutLiveFields(JsonNode summary) {
        ObjectNode copy = summary.deepCopy();
        copy.remove("metrics");
        if (copy.get("daemon") instanceof ObjectNode daemon) {
            daemon.remove("uptime_s");
        }
        return copy;
    }

    // P10

    @ParameterizedTest
    @EnumSource(Route.class)
    void tenMebibyteQuery_failsNamingQueryAndTheLimitAndTheSessionKeepsWorking(Route route) {
        McpClient client = fixture.client(route);
        String id = nextId();

        client.sendPadded(
                "{\"jsonrpc\":\"2.0\",\"id\":\"" + id
                        + "\",\"method\":\"tools/call\",\"params\":{\"name\":\"search\",\"arguments\":{\"query\":\"",
                10L * 1024 * 1024,
                "\"}}}");
        JsonNode result = McpClient.resultOf(client.awaitResponse(id, Duration.ofSeconds(60)));

        assertThat(result.path("isError").asBoolean()).isTrue();
        assertThat(result.has("structuredContent")).isFalse();
        assertThat(ToolCalls.text(result))
                .startsWith("invalid argument 'query': must be a non-empty string of at most 10,000 characters; got")
                .hasSizeLessThan(200);
        assertThat(fixture.tools(route)
                        .structured("symbols", Map.of("name", "validateToken"))
                        .path("definitions"))
                .hasSize(1);
    }
}
