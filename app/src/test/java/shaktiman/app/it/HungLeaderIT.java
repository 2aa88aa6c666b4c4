package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Verifies that a proxy reports a stopped leader without touching it, and recovers after it resumes: scenario 15. */
@DaemonTest
@Timeout(value = 150, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HungLeaderIT {

    // Scenario 15 (MI-29): the one test that waits out the 30 s + 10 s hung-leader detection
    @Test
    void proxy_whenLeaderStopped_answersNotRespondingAndRecoversAfterContinue(Daemons daemons) {
        DaemonProcess a = daemons.startLeader();
        DaemonProcess b = daemons.startProxy();

        a.signal("STOP");
        // §10.15 bounds the answer at 45 s; the margin covers a loaded machine.
        JsonNode answer =
                b.mcp().request(1, "tools/call", McpClient.toolParams("summary", Map.of()), Duration.ofSeconds(75));

        assertThat(answer.path("error").path("code").asInt())
                .as(answer.toString())
                .isEqualTo(-32603);
        assertThat(answer.path("error").path("message").asText()).contains("is not responding");
        assertThat(a.isAlive()).isTrue();
        assertThat(a.procState()).as("A still stopped").hasValue('T');
        a.signal("CONT");
        JsonNode next = Summaries.call(b.mcp(), 2);
        assertThat(next.has("result")).as(next.toString()).isTrue();
        assertThat(b.mcp().linesFor(1)).as("the late answer from A is dropped").hasSize(1);
    }
}
