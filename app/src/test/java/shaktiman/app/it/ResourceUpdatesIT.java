package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import shaktiman.testkit.McpFixture;

/**
 * Verifies MCP-53 through a real leader and a proxy: a session subscribed to the summary resource is sent
 * {@code notifications/resources/updated} after an edit is indexed; one that did not subscribe is sent nothing.
 */
@DaemonTest(fixture = Fixture.MCP)
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ResourceUpdatesIT {

    /** The watcher's debounce plus a batch, on a loaded 2-core CI machine. */
    private static final Duration APPLIED = Duration.ofSeconds(30);

    private static final String UPDATED = "notifications/resources/updated";

    @Test
    void edit_afterSubscribing_isAnnouncedToSubscribersOnTheLeaderAndThroughAProxy(Daemons daemons) throws IOException {
        DaemonProcess leader = daemons.startLeader(FixtureLeader.withEmbeddingsOff(daemons.daemon()));
        Summaries.awaitReady(leader.mcp(), Daemons.LEADER_START);
        DaemonProcess proxy = daemons.startProxy(FixtureLeader.withEmbeddingsOff(daemons.daemon()));
        DaemonProcess bystander = daemons.startProxy(FixtureLeader.withEmbeddingsOff(daemons.daemon()));
        Map<String, String> summary = Map.of("uri", "shaktiman://workspace/summary");
        JsonNode direct = leader.mcp().request("s1", "resources/subscribe", summary);
        JsonNode relayed = proxy.mcp().request("s2", "resources/subscribe", summary);
        bystander.mcp().request("p0", "ping", Map.of());
        int leaderMark = leader.mcp().lines().size();
        int proxyMark = proxy.mcp().lines().size();
        int bystanderMark = bystander.mcp().lines().size();

        Path hash = daemons.root().resolve(McpFixture.HASH);
        Files.writeString(
                hash, Files.readString(hash, StandardCharsets.UTF_8) + "\n// edited\n", StandardCharsets.UTF_8);

        assertThat(direct.path("result").isObject()).as(direct.toString()).isTrue();
        assertThat(relayed.path("result").isObject()).as(relayed.toString()).isTrue();
        assertThat(leader.mcp().linesAfter(leaderMark, APPLIED))
                .as("the leader's own stdio session")
                .anySatisfy(
                        line -> assertThat(line.json().path("method").asText()).isEqualTo(UPDATED));
        assertThat(proxy.mcp().linesAfter(proxyMark, APPLIED))
                .as("a session through a proxy")
                .anySatisfy(line -> assertThat(
                                line.json().path("params").path("uri").asText())
                        .isEqualTo("shaktiman://workspace/summary"));
        bystander.mcp().request("p1", "ping", Map.of());
        assertThat(bystander
                        .mcp()
                        .lines()
                        .subList(bystanderMark, bystander.mcp().lines().size()))
                .as("a session that did not subscribe")
                .noneSatisfy(
                        line -> assertThat(line.json().path("method").asText()).isEqualTo(UPDATED));
    }
}
