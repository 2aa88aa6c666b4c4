package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import shaktiman.adapters.tokens.JtokkitTokenCounter;
import shaktiman.core.port.TokenCounter;
import shaktiman.testkit.IndexDb;

/**
 * Verifies the tool-call metrics of mcp-tools.md §5 through a real leader: M1 (every call that reaches a tool becomes
 * one {@code tool_calls} row and counts in {@code summary.metrics}) and M2 (a stalled metrics writer drops records
 * without holding up a single call, and says so).
 */
@DaemonTest(fixture = Fixture.MCP)
@Timeout(value = 240, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MetricsIT {

    /** M1 says within 2 s; generous for a loaded 2-core CI machine (the writer's batches go out every 1 s). */
    private static final Duration ROWS = Duration.ofSeconds(30);

    private static final Duration MANY_CALLS = Duration.ofSeconds(150);

    private static final TokenCounter TOKENS = new JtokkitTokenCounter();

    private static String text(JsonNode response) {
        return McpClient.resultOf(response).path("content").path(0).path("text").asText();
    }

    private static JsonNode metrics(McpClient client, Object id) {
        return Summaries.structured(Summaries.call(client, id)).path("metrics");
    }

    /** M1. */
    @Test
    void toolCalls_okErrorOk_becomeThreeRowsWithTheirOutcomesAndCountInSummary(Daemons daemons) {
        DaemonProcess leader = daemons.startLeader(FixtureLeader.withEmbeddingsOff(daemons.daemon()));
        McpClient client = leader.mcp();
        IndexDb db = new IndexDb(daemons.layout().indexDb());

        JsonNode search = client.callTool(1, "search", Map.of("query", "validate token"));
        JsonNode invalid = client.callTool(2, "search", new TreeMap<>(Map.of("query", "user", "max_results", 0)));
        JsonNode symbols = client.callTool(3, "symbols", Map.of("name", "validateToken"));
        JsonNode unknown = client.callTool(4, "nope", Map.of());

        assertThat(McpClient.resultOf(search).has("isError")).isFalse();
        assertThat(McpClient.resultOf(invalid).path("isError").asBoolean()).isTrue();
        assertThat(McpClient.resultOf(symbols).has("isError")).isFalse();
        assertThat(unknown.path("error").path("code").asInt()).isEqualTo(-32602);
        String rows = "SELECT tool, outcome, result_count, response_bytes, response_tokens, args FROM tool_calls"
                + " WHERE connection = ? ORDER BY id";
        Await.until(ROWS, () -> db.rows(rows, "stdio-1").size() >= 3, "three tool_calls rows for stdio-1");
        List<String> written = db.rows(rows, "stdio-1");
        assertThat(written)
                .containsExactly(
                        row(
                                "search",
                                "ok",
                                structured(search).path("results").size(),
                                text(search),
                                "{\"query\":\"validate token\"}"),
                        row("search", "error", 0, text(invalid), "{\"max_results\":0,\"query\":\"user\"}"),
                        row(
                                "symbols",
                                "ok",
                                structured(symbols).path("definitions").size(),
                                text(symbols),
                                "{\"name\":\"validateToken\"}"));
        assertThat(db.rows("SELECT count(DISTINCT daemon_session), count(*) FROM tool_calls WHERE tool = 'nope'"))
                .containsExactly("0|0");

        JsonNode metrics = metrics(client, 5);
        JsonNode searchStats = metrics.path("connection").path("search");
        assertThat(searchStats.path("calls").asLong()).isEqualTo(2);
        assertThat(searchStats.path("errors").asLong()).isEqualTo(1);
        assertThat(searchStats.path("p50_ms").asDouble())
                .isLessThanOrEqualTo(searchStats.path("p95_ms").asDouble());
        assertThat(metrics.path("connection").path("symbols").path("calls").asLong())
                .isEqualTo(1);
        // The summary reporting these stats is not among them (MCP-49).
        assertThat(metrics.path("connection").path("summary").path("calls").asLong())
                .isZero();
        assertThat(metrics.path("dropped").asLong()).isZero();
    }

    private static JsonNode structured(JsonNode response) {
        return McpClient.resultOf(response).path("structuredContent");
    }

    private static String row(String tool, String outcome, int resultCount, String text, String args) {
        return String.join(
                "|",
                tool,
                outcome,
                String.valueOf(resultCount),
                String.valueOf(text.getBytes(StandardCharsets.UTF_8).length),
                String.valueOf(TOKENS.count(text)),
                args);
    }

    /** MCP-54: the metrics resource and {@code shaktiman stats} report the recorded calls per tool. */
    @Test
    void usageView_afterCalls_reportsThemPerToolInTheResourceAndTheCli(Daemons daemons) throws Exception {
        DaemonProcess leader = daemons.startLeader(FixtureLeader.withEmbeddingsOff(daemons.daemon()));
        McpClient client = leader.mcp();
        IndexDb db = new IndexDb(daemons.layout().indexDb());
        client.callTool(1, "search", Map.of("query", "validate token"));
        client.callTool(2, "search", new TreeMap<>(Map.of("query", "user", "max_results", 0)));
        client.callTool(3, "context", Map.of("query", "hash password"));
        client.callTool(4, "symbols", Map.of("name", "validateToken"));
        Await.until(ROWS, () -> db.rows("SELECT id FROM tool_calls").size() >= 4, "four tool_calls rows");

        JsonNode resource = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(McpClient.resultOf(client.request(5, "resources/read", Map.of("uri", "shaktiman://metrics")))
                        .path("contents")
                        .path(0)
                        .path("text")
                        .asText());
        CliResult cli = daemons.cli(
                "stats",
                "--since",
                "1h",
                "--format",
                "json",
                "--root",
                daemons.root().toString());
        CliResult cliText = daemons.cli(
                "stats", "--format", "text", "--root", daemons.root().toString());
        JsonNode listed =
                McpClient.resultOf(client.request(6, "resources/list", null)).path("resources");

        JsonNode search = resource.path("tools").path("search");
        assertThat(search.path("calls").asLong()).as(resource.toString()).isEqualTo(2);
        assertThat(search.path("error_rate").asDouble()).isEqualTo(0.5);
        assertThat(search.path("cancel_rate").asDouble()).isZero();
        assertThat(search.path("p50_ms").asDouble())
                .isLessThanOrEqualTo(search.path("p95_ms").asDouble());
        assertThat(search.path("p95_ms").asDouble())
                .isLessThanOrEqualTo(search.path("p99_ms").asDouble());
        assertThat(search.path("mean_response_tokens").asDouble()).isPositive();
        assertThat(resource.path("tools").path("symbols").path("calls").asLong())
                .isEqualTo(1);
        assertThat(resource.path("strategy").path("keyword").asLong())
                .as("the search and the context answered")
                .isEqualTo(2);
        assertThat(resource.path("strategy").path("hybrid").asLong()).isZero();
        assertThat(resource.path("query_embedding_cache").path("hit_ratio").asDouble())
                .isZero();
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        JsonNode fromCli = new com.fasterxml.jackson.databind.ObjectMapper().readTree(cli.stdout());
        assertThat(fromCli.path("tools")).isEqualTo(resource.path("tools"));
        assertThat(cliText.exitCode()).as(cliText.toString()).isZero();
        assertThat(cliText.stdout()).contains("search", "symbols", "p99 ms", "50.0%");
        assertThat(listed).as("P9: the summary is the only listed resource").hasSize(1);
    }

    /** MI-52 step 5: what the metrics writer holds at shutdown is written before the store closes. */
    @Test
    void shutdown_rightAfterACall_writesItsRowAndExitsZero(Daemons daemons) {
        DaemonProcess leader = daemons.startLeader();
        IndexDb db = new IndexDb(daemons.layout().indexDb());
        // The drain has 500 ms (MCP-48); the startup scan must not be holding the index writer when it starts, so
        // readiness is awaited on another connection, whose own rows this test leaves aside.
        try (McpClient other = SocketSessions.open(daemons.state().socket(), "ready")) {
            Summaries.awaitReady(other, Daemons.LEADER_START);
        }
        Summaries.call(leader.mcp(), 1);

        leader.signal("TERM");

        assertThat(leader.awaitExit(ROWS)).isZero();
        assertThat(db.rows("SELECT tool, outcome FROM tool_calls WHERE connection = 'stdio-1'"))
                .containsExactly("summary|ok");
    }

    /** M2. */
    @Test
    void manyRapidCalls_withAStalledMetricsWriter_allAnswerAndDropsAreCountedAndLogged(Daemons daemons) {
        DaemonProcess leader = daemons.startLeader(daemons.daemon().hooks("metricsDelayMs=5000"));
        McpClient client = leader.mcp();
        int calls = 10_000;

        for (int id = 1; id <= calls; id++) {
            client.sendRequest(id, "tools/call", McpClient.toolParams("enrichment_status", Map.of()));
        }

        Await.until(MANY_CALLS, () -> answeredIds(client).size() >= calls, calls + " responses");
        assertThat(answeredIds(client)).hasSize(calls).doesNotHaveDuplicates();
        assertThat(metrics(client, "after").path("dropped").asLong()).isPositive();
        LogRecord warn = daemons.state().awaitLog(leader.pid(), "metrics queue full", ROWS);
        assertThat(warn.level()).isEqualTo("WARN");
        assertThat(warn.json().path("dropped").asLong()).isPositive();
    }

    /** The integer ids of the responses received so far, in arrival order. */
    private static List<Long> answeredIds(McpClient client) {
        return client.lines().stream()
                .filter(McpClient.Line::isResponse)
                .map(line -> line.json().path("id"))
                .filter(JsonNode::isIntegralNumber)
                .map(JsonNode::asLong)
                .toList();
    }
}
