package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import shaktiman.testkit.IndexDb;

/**
 * Verifies what a session is, through real {@code bin/shaktimand} processes on the §6 fixture: F10 (ranking history
 * per connection), P7 (concurrent calls over four connections answer as sequential ones) and P8 (a cancelled call is
 * never answered and is recorded as cancelled), on a leader's stdio and through proxies.
 */
@DaemonTest(fixture = Fixture.MCP)
@Timeout(value = 240, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SessionsIT {

    private static final Map<String, Object> USER_EXPLAINED = Map.of("query", "user", "explain", true, "min_score", 0);

    /** P8: a call cancelled while its tool sleeps 2 s must stay unanswered this long. */
    private static final Duration NO_ANSWER = Duration.ofSeconds(3);

    private static String key(JsonNode hit) {
        return hit.path("file_path").asText() + ":" + hit.path("start_line").asInt();
    }

    private static Map<String, Double> sessionValues(JsonNode search) {
        Map<String, Double> values = new HashMap<>();
        search.path("results")
                .forEach(hit -> values.put(
                        key(hit),
                        hit.path("explain")
                                .path("signals")
                                .path("session")
                                .path("value")
                                .asDouble()));
        return values;
    }

    // F10

    @Test
    void sessionHistory_risesWithinAConnectionAndStartsEmptyOnEveryNewOne(Daemons daemons) {
        DaemonProcess leader = daemons.startLeader(FixtureLeader.withEmbeddingsOff(daemons.daemon()));
        Summaries.awaitReady(leader.mcp(), Daemons.LEADER_START);
        ToolCalls a = new ToolCalls(leader.mcp());

        List<JsonNode> calls = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            calls.add(a.call("search", USER_EXPLAINED));
        }
        DaemonProcess b = daemons.startProxy(FixtureLeader.withEmbeddingsOff(daemons.daemon()));
        String bFirst = ToolCalls.text(new ToolCalls(b.mcp()).call("search", USER_EXPLAINED));
        b.closeStdin();
        assertThat(b.awaitExit(Daemons.SHORT)).isZero();
        DaemonProcess reconnected = daemons.startProxy(FixtureLeader.withEmbeddingsOff(daemons.daemon()));
        String reconnectedFirst = ToolCalls.text(new ToolCalls(reconnected.mcp()).call("search", USER_EXPLAINED));

        for (int i = 1; i < 3; i++) {
            Map<String, Double> before = sessionValues(calls.get(i - 1).path("structuredContent"));
            Map<String, Double> after = sessionValues(calls.get(i).path("structuredContent"));
            List<String> shownAgain =
                    before.keySet().stream().filter(after::containsKey).toList();
            assertThat(shownAgain).as("hits of call %d shown again", i).isNotEmpty();
            for (String hit : shownAgain) {
                assertThat(after.get(hit))
                        .as("session value of %s in call %d", hit, i + 1)
                        .isGreaterThan(before.get(hit));
            }
        }
        String aFirst = ToolCalls.text(calls.getFirst());
        assertThat(bFirst).isEqualTo(aFirst);
        assertThat(reconnectedFirst).isEqualTo(aFirst);
    }

    // P7

    @Test
    void sixtyFourConcurrentCalls_overFourConnections_answerAsSequentialOnes(Daemons daemons) {
        DaemonProcess leader = daemons.startLeader(FixtureLeader.withEmbeddingsOff(daemons.daemon()));
        Summaries.awaitReady(leader.mcp(), Daemons.LEADER_START);
        DaemonProcess proxy = daemons.startProxy(FixtureLeader.withEmbeddingsOff(daemons.daemon()));
        List<Map.Entry<String, Map<String, ?>>> mix = List.of(
                Map.entry("symbols", Map.of("name", "find")),
                Map.entry("symbols", Map.of("name", "createHmac")),
                Map.entry("dependencies", Map.of("symbol", "validateToken", "direction", "callers", "depth", 3)),
                Map.entry("dependencies", Map.of("symbol", "main", "direction", "callees")),
                Map.entry("diff", Map.of("since", "7d")),
                Map.entry("search", Map.of("query", "user", "min_score", 0, "max_results", 200)),
                Map.entry("search", Map.of("query", "validate token", "min_score", 0, "max_results", 200)),
                Map.entry("search", Map.of("query", "password hashing", "min_score", 0, "max_results", 200)));
        McpClient sequentialClient = SocketSessions.open(daemons.state().socket(), "S");
        ToolCalls sequential = new ToolCalls(sequentialClient);
        List<JsonNode> expected = new ArrayList<>();
        mix.forEach(
                call -> expected.add(comparable(call.getKey(), sequential.structured(call.getKey(), call.getValue()))));
        List<McpClient> connections = List.of(
                leader.mcp(),
                proxy.mcp(),
                SocketSessions.open(daemons.state().socket(), "C"),
                SocketSessions.open(daemons.state().socket(), "D"));

        Map<Object, Integer> sent = new HashMap<>();
        Map<Object, McpClient> via = new HashMap<>();
        for (int i = 0; i < 64; i++) {
            // Even calls have integer ids, odd ones the same digits as a string: distinct ids (MI-20).
            Object id = i % 2 == 0 ? (Object) (1_000 + i) : (Object) Integer.toString(1_000 + i);
            McpClient connection = connections.get(i % connections.size());
            Map.Entry<String, Map<String, ?>> call = mix.get(i % mix.size());
            connection.sendRequest(id, "tools/call", McpClient.toolParams(call.getKey(), call.getValue()));
            sent.put(id, i % mix.size());
            via.put(id, connection);
        }

        sent.forEach((id, callIndex) -> {
            McpClient connection = via.get(id);
            JsonNode response = connection.awaitResponse(id, Daemons.SHORT);
            String tool = mix.get(callIndex).getKey();
            assertThat(comparable(tool, McpClient.resultOf(response).path("structuredContent")))
                    .as("%s %s via %s", tool, id, connection.name())
                    .isEqualTo(expected.get(callIndex));
        });
        for (McpClient connection : connections) {
            connection.request("last-" + connection.name(), "ping", null);
        }
        sent.forEach((id, callIndex) ->
                assertThat(via.get(id).linesFor(id)).as("lines for id %s", id).hasSize(1));
        sequentialClient.close();
    }

    /**
     * What P7 compares: for search the set of (path, start_line), since each session's history may reorder and
     * rescore; for the others the whole structured content, less diff's {@code window_start} (a clock value).
     */
    private static JsonNode comparable(String tool, JsonNode structured) {
        if (tool.equals("search")) {
            TreeSet<String> keys = new TreeSet<>();
            structured.path("results").forEach(hit -> keys.add(key(hit)));
            return McpClient.JSON.valueToTree(keys);
        }
        ObjectNode copy = structured.deepCopy();
        copy.remove("window_start");
        return copy;
    }

    // P8

    @Test
    void cancelledCall_isNeverAnsweredAndIsRecordedAsCancelled(Daemons daemons) {
        DaemonLauncher slow = FixtureLeader.withEmbeddingsOff(daemons.daemon()).hooks("toolDelayMs=2000");
        DaemonProcess leader = daemons.startLeader(slow);
        DaemonProcess proxy = daemons.startProxy(FixtureLeader.withEmbeddingsOff(daemons.daemon()));
        IndexDb db = new IndexDb(daemons.layout().indexDb());

        for (McpClient client : List.of(leader.mcp(), proxy.mcp())) {
            client.sendRequest(7, "tools/call", McpClient.toolParams("search", Map.of("query", "user")));
            // The ping's answer comes back once the reader has taken the call: it is in flight, sleeping in the tool.
            client.request("in-flight-" + client.name(), "ping", null);
            client.notify("notifications/cancelled", Map.of("requestId", 7));
            JsonNode ping = client.request("meanwhile-" + client.name(), "ping", null);

            assertThat(ping.path("result").toString()).isEqualTo("{}");
            assertThatThrownBy(() -> client.awaitLine(
                            NO_ANSWER,
                            line -> line.id()
                                    .filter(id -> id.isIntegralNumber() && id.asInt() == 7)
                                    .isPresent(),
                            "line with id 7"))
                    .as("a line with id 7 through %s", client.name())
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("no line with id 7 within");
        }
        Await.until(
                Daemons.SHORT,
                () -> db.rows("SELECT outcome FROM tool_calls WHERE tool = 'search'")
                                .size()
                        >= 2,
                "two search rows in tool_calls");
        assertThat(db.rows("SELECT outcome FROM tool_calls WHERE tool = 'search'"))
                .containsExactly("cancelled", "cancelled");
    }
}
