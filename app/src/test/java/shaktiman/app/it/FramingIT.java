package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Verifies line framing, size limits and malformed input on a leader's stdio and through a proxy: scenarios 19–20. */
@DaemonTest
@Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FramingIT {

    private static final long MIB = 1024 * 1024;

    /** Writing and relaying tens of MiB through pipes and a socket is slow on a loaded 2-core machine. */
    private static final Duration BIG_LINE = Duration.ofSeconds(60);

    /** Which process's stdio the client talks to. */
    enum Route {
        LEADER_STDIO,
        THROUGH_PROXY
    }

    private static DaemonProcess client(Daemons daemons, Route route) {
        DaemonProcess a = daemons.startLeader();
        return route == Route.LEADER_STDIO ? a : daemons.startProxy();
    }

    /** A {@code tools/call} of summary whose unknown argument {@code pad} makes the line {@code padBytes} longer. */
    private static void sendPaddedSummary(McpClient client, String id, long padBytes) {
        client.sendPadded(
                "{\"jsonrpc\":\"2.0\",\"id\":\"" + id
                        + "\",\"method\":\"tools/call\",\"params\":{\"name\":\"summary\",\"arguments\":{\"pad\":\"",
                padBytes,
                "\"}}}");
    }

    // Scenario 19 (MI-19): 2 MiB and 63 MiB pass, 65 MiB is refused with its id, and the stream carries on
    @ParameterizedTest
    @EnumSource(Route.class)
    void largeLines_upToTheLimitPassAndLongerOnesAreRefusedWithTheirId(Route route, Daemons daemons) {
        McpClient client = client(daemons, route).mcp();

        sendPaddedSummary(client, "big2", 2 * MIB);
        JsonNode answer2 = client.awaitResponse("big2", BIG_LINE);
        sendPaddedSummary(client, "big63", 63 * MIB);
        JsonNode answer63 = client.awaitResponse("big63", BIG_LINE);
        // The id comes first, well within the first 64 KiB, so the refusal can carry it (MI-19).
        client.sendPadded(
                "{\"id\":\"big65\",\"jsonrpc\":\"2.0\",\"method\":\"ping\",\"params\":{\"pad\":\"", 65 * MIB, "\"}}");
        JsonNode answer65 = client.awaitResponse("big65", BIG_LINE);
        JsonNode next = client.request("after", "ping", Map.of());

        // The tool's own argument error is a valid answer: what matters is that the line reached the leader intact.
        assertThat(answer2.path("error").path("code").asInt(0))
                .as(answer2.toString())
                .isNotEqualTo(-32600);
        assertThat(answer63.path("error").path("code").asInt(0))
                .as(answer63.toString())
                .isNotEqualTo(-32600);
        assertThat(answer65.path("error").path("code").asInt())
                .as(answer65.toString())
                .isEqualTo(-32600);
        assertThat(answer65.path("error").path("message").asText()).contains("exceeds the 64 MiB limit");
        assertThat(next.has("result")).isTrue();
    }

    // Scenario 19 (MI-20)
    @ParameterizedTest
    @EnumSource(Route.class)
    void invalidJson_getsParseErrorWithNullIdAndTheStreamCarriesOn(Route route, Daemons daemons) {
        DaemonProcess d = client(daemons, route);
        McpClient client = d.mcp();

        client.send("{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":");
        McpClient.Line error = client.awaitLine(
                Daemons.SHORT,
                line -> line.isResponse() && line.id().filter(JsonNode::isNull).isPresent(),
                "an error with a null id");
        JsonNode next = client.request(6, "ping", Map.of());

        assertThat(error.json().path("error").path("code").asInt()).isEqualTo(-32700);
        assertThat(next.has("result")).isTrue();
        assertThat(d.isAlive()).isTrue();
    }

    // Scenario 20 (MI-18, 24)
    @Test
    void proxy_with20ConcurrentCalls_answersEachIdExactlyOnce(Daemons daemons) {
        daemons.startLeader();
        McpClient client = daemons.startProxy().mcp();
        List<Object> ids = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            // Both 1 and "1": ids keep their JSON type (MI-20), so these are twenty distinct ids.
            ids.add(i);
            ids.add(Integer.toString(i));
        }

        ids.forEach(id -> client.sendRequest(id, "tools/call", McpClient.toolParams("summary", Map.of())));
        ids.forEach(id -> client.awaitResponse(id, Daemons.SHORT));
        client.request("last", "ping", Map.of());

        for (Object id : ids) {
            assertThat(client.linesFor(id)).as("lines for id %s", id).hasSize(1);
            assertThat(client.linesFor(id).getFirst().json().has("result")).isTrue();
        }
        assertThat(client.lines()).as("every line is whole JSON").allMatch(line -> line.json() != null);
    }
}
