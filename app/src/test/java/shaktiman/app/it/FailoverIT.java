package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Verifies that proxies take over from a lost leader without their clients noticing: §10 scenarios 6–9. */
@DaemonTest
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FailoverIT {

    /** §10.6 says within 2 s of the SIGKILL; ×3 for a loaded CI machine. */
    private static final Duration PROMOTION = Duration.ofSeconds(6);

    /** §10.9 and MI-52: a graceful shutdown takes at most 5 s; ×3 for a loaded CI machine. */
    private static final Duration SHUTDOWN = Duration.ofSeconds(15);

    // Scenario 6 (MI-23, 26, 33); after mvnd's DaemonCrashTest
    @Test
    void idleProxy_whenLeaderKilled_promotesAndAnswersAsBefore(Daemons daemons) {
        DaemonProcess a = daemons.startLeader();
        Summaries.awaitReady(a.mcp(), Daemons.LEADER_START);
        DaemonProcess b = daemons.startProxy();
        JsonNode before = Summaries.comparable(Summaries.call(b.mcp(), 10));
        StateDir state = daemons.state();
        List<Path> archivesBefore = state.archives();

        a.kill9();

        Await.until(PROMOTION, () -> state.holderPid().equals(OptionalLong.of(b.pid())), "daemon.pid naming B");
        Await.until(PROMOTION, state::socketAccepts, "P accepting connections again");
        assertThat(state.logRecord(b.pid(), "promoted after leader pid " + a.pid()))
                .isPresent();
        assertThat(state.archives()).as("no rotation by a promoted proxy").isEqualTo(archivesBefore);
        assertThat(state.logRecord(a.pid(), "acquire daemon lock: acquired"))
                .as("A's records still in the current log")
                .isPresent();
        Summaries.awaitReady(b.mcp(), Daemons.LEADER_START);
        assertThat(Summaries.comparable(Summaries.call(b.mcp(), 11))).isEqualTo(before);
        assertThat(b.mcp().lines())
                .as("B's client sees no error")
                .noneMatch(line -> line.json() == null
                        || line.json().has("error")
                        || line.json().path("result").path("isError").asBoolean(false));
    }

    // Scenario 7 (MI-25, 26, 28)
    @Test
    void inFlightRequest_whenLeaderKilled_isAnsweredExactlyOnce(Daemons daemons) {
        DaemonProcess a = daemons.startLeader(daemons.daemon().hooks("toolDelayMs=3000"));
        DaemonProcess b = daemons.startProxy(daemons.daemon().hooks("toolDelayMs=3000"));

        b.mcp().sendRequest(7, "tools/call", McpClient.toolParams("summary", Map.of()));
        // A ping sent after it on the same connection comes back only once A has read the call: it is in flight.
        b.mcp().request("ping-1", "ping", Map.of());
        a.kill9();
        JsonNode answer = b.mcp().awaitResponse(7, Daemons.SHORT);
        b.mcp().request("ping-2", "ping", Map.of());

        assertThat(answer.has("result")).as(answer.toString()).isTrue();
        assertThat(b.mcp().linesFor(7)).hasSize(1);
        assertThat(daemons.state().logRecord(b.pid(), "promoted after leader pid " + a.pid()))
                .as("the answer came from B after the failover")
                .isPresent();
    }

    // Scenario 8 (MI-27, 35)
    @Test
    void twoProxies_whenLeaderKilled_oneLeadsAndTheOtherReconnects(Daemons daemons) {
        DaemonProcess a = daemons.startLeader();
        DaemonProcess b = daemons.startProxy();
        DaemonProcess c = daemons.startProxy();
        StateDir state = daemons.state();

        a.kill9();

        long leader = Await.value(
                Daemons.SHORT,
                () -> {
                    OptionalLong pid = state.holderPid();
                    return pid.isPresent() && pid.getAsLong() != a.pid() && state.socketAccepts()
                            ? Optional.of(pid.getAsLong())
                            : Optional.empty();
                },
                "a new leader holding the lock and serving P");
        DaemonProcess promoted = leader == b.pid() ? b : c;
        DaemonProcess reconnected = promoted == b ? c : b;
        assertThat(leader).isIn(b.pid(), c.pid());
        state.awaitLog(reconnected.pid(), "reconnected after leader pid " + a.pid(), Daemons.SHORT);
        assertThat(state.logRecord(promoted.pid(), "promoted after leader pid " + a.pid()))
                .isPresent();
        assertThat(state.logRecord(reconnected.pid(), "promoted after")).isEmpty();
        assertThat(Summaries.call(b.mcp(), 20).has("result")).isTrue();
        assertThat(Summaries.call(c.mcp(), 20).has("result")).isTrue();
    }

    // Scenario 9 (MI-52, 26)
    @Test
    void leader_whenItsClientCloses_exitsAndTheProxyTakesOver(Daemons daemons) {
        DaemonProcess a = daemons.startLeader();
        DaemonProcess b = daemons.startProxy();
        StateDir state = daemons.state();

        a.closeStdin();

        assertThat(a.awaitExit(SHUTDOWN)).isZero();
        Await.until(
                Daemons.SHORT,
                () -> state.holderPid().equals(OptionalLong.of(b.pid())) && state.socketAccepts(),
                "B holding the lock and serving P");
        Await.until(
                Daemons.SHORT,
                () -> Long.toString(b.pid()).equals(state.ready().get("pid")),
                "the ready note naming B");
        assertThat(leaderPidBehind(state.socket())).isEqualTo(b.pid());
        JsonNode answer = Summaries.call(b.mcp(), 30);
        assertThat(answer.has("result")).as(answer.toString()).isTrue();
    }

    /** The pid the leader behind {@code socket} reports in summary.daemon.pid, asked over a raw socket session. */
    static long leaderPidBehind(Path socket) {
        try (McpClient client = SocketSessions.open(socket, "probe")) {
            client.initialize();
            return Summaries.structured(Summaries.call(client, "who"))
                    .path("daemon")
                    .path("pid")
                    .asLong();
        }
    }
}
