package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Verifies graceful and forced shutdown of leaders and proxies: §10 scenarios 10–12 and 26. */
@DaemonTest
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ShutdownIT {

    /** MI-52: the whole routine within 5 s; ×3 for a loaded CI machine. */
    private static final Duration SHUTDOWN = Duration.ofSeconds(15);

    /** §10.11 and §10.12 say under 1 s; ×3 for a loaded CI machine. */
    private static final Duration QUICK_EXIT = Duration.ofSeconds(3);

    // Scenario 10 (MI-52). The vector-file part needs embeddings, which the foundation does not have.
    @Test
    void leader_onSigterm_exitsZeroAndLeavesOnlyAnUnlockedPidFile(Daemons daemons) {
        DaemonProcess a = daemons.startLeader();
        StateDir state = daemons.state();

        a.signal("TERM");

        assertThat(a.awaitExit(SHUTDOWN)).isZero();
        assertThat(state.socket()).doesNotExist();
        assertThat(state.layout().readyFile()).doesNotExist();
        assertThat(state.pidFileText()).hasValue(a.pid() + "\n");
        assertThat(state.logRecord(a.pid(), "acquire daemon lock: released")).isPresent();
        DaemonProcess next = daemons.startLeader();
        assertThat(state.logRecord(next.pid(), "acquire daemon lock: acquired")).isPresent();
        assertThat(state.logRecord(next.pid(), "after waiting"))
                .as("led at once")
                .isEmpty();
    }

    // Scenario 11 (MI-53, 56)
    @Test
    void leader_onSecondSigtermDuringShutdown_haltsWithExitOne(Daemons daemons) {
        DaemonProcess a = daemons.startLeader(daemons.daemon().hooks("toolDelayMs=10000"));
        StateDir state = daemons.state();
        a.mcp().sendRequest(1, "tools/call", McpClient.toolParams("summary", Map.of()));
        a.mcp().request("ping", "ping", Map.of());

        a.signal("TERM");
        // The spec sends the second signal 200 ms later; waiting for the first one's log record instead makes sure
        // it arrives during the shutdown and is not merged with the first by the kernel.
        state.awaitLog(a.pid(), "shutting down", QUICK_EXIT);
        a.signal("TERM");

        assertThat(a.awaitExit(QUICK_EXIT)).isEqualTo(1);
        DaemonProcess next = daemons.startLeader();
        assertThat(StateDir.isSocket(state.socket())).isTrue();
        assertThat(state.holderPid()).hasValue(next.pid());
    }

    // Scenario 12 (MI-55)
    @Test
    void idleProxy_onSigterm_exitsZeroQuickly(Daemons daemons) {
        daemons.startLeader();
        DaemonProcess b = daemons.startProxy();

        b.signal("TERM");

        assertThat(b.awaitExit(QUICK_EXIT)).isZero();
    }

    // Scenario 12 (MI-55)
    @Test
    void idleProxy_onStdinClosed_exitsZeroQuickly(Daemons daemons) {
        DaemonProcess a = daemons.startLeader();
        DaemonProcess b = daemons.startProxy();

        b.closeStdin();

        assertThat(b.awaitExit(QUICK_EXIT)).isZero();
        assertThat(a.isAlive()).as("the leader keeps serving").isTrue();
    }

    // Scenario 26 (MI-54)
    @Test
    void leader_whenStdoutReaderCloses_shutsDownWithoutDyingOfSigpipe(Daemons daemons) {
        DaemonProcess a = daemons.daemon().readStdout(false).start();
        StateDir state = daemons.state();
        Await.until(Daemons.LEADER_START, state::socketAccepts, "A serving P");

        a.closeStdout();
        a.writeStdin("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}");

        int exit = a.awaitExit(SHUTDOWN);
        assertThat(exit).as("exit status (141 would be death by SIGPIPE)").isIn(0, 1);
        assertThat(state.logRecord(a.pid(), "shutting down")).isPresent();
        assertThat(state.logRecord(a.pid(), "shutdown complete")).isPresent();
    }
}
