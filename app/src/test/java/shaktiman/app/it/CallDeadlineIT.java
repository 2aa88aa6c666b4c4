package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Verifies MCP-50: a tool call running past {@code mcp.call_timeout_s} is answered with the timeout error. */
@DaemonTest
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CallDeadlineIT {

    /** A 1 s deadline, answered within 10 s even on a loaded CI machine. */
    private static final Duration ANSWERED = Duration.ofSeconds(10);

    @Test
    void toolCall_pastTheConfiguredDeadline_isAnsweredTimedOutOnTheLeaderAndThroughAProxy(Daemons daemons)
            throws IOException {
        Files.createDirectories(daemons.layout().stateDir());
        Files.writeString(daemons.layout().configFile(), "[mcp]\ncall_timeout_s = 1\n");
        DaemonProcess leader = daemons.startLeader(daemons.daemon().hooks("toolDelayMs=60000"));
        DaemonProcess proxy = daemons.startProxy();

        leader.mcp().sendRequest(7, "tools/call", McpClient.toolParams("search", Map.of("query", "login")));
        JsonNode direct = leader.mcp().awaitResponse(7, ANSWERED);
        proxy.mcp().sendRequest(8, "tools/call", McpClient.toolParams("symbols", Map.of("name", "login")));
        JsonNode relayed = proxy.mcp().awaitResponse(8, ANSWERED);
        JsonNode ping = leader.mcp().request("ping", "ping", Map.of());

        assertThat(direct.path("result").path("isError").asBoolean())
                .as(direct.toString())
                .isTrue();
        assertThat(direct.path("result").path("content").path(0).path("text").asText())
                .isEqualTo("search timed out after 1 s; narrow the request");
        assertThat(relayed.path("result").path("content").path(0).path("text").asText())
                .as(relayed.toString())
                .isEqualTo("symbols timed out after 1 s; narrow the request");
        assertThat(ping.has("result")).as(ping.toString()).isTrue();
    }
}
