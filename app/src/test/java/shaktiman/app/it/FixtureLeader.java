package shaktiman.app.it;

import java.util.EnumMap;
import java.util.Map;

/**
 * A leader on the mcp-tools §6 fixture with embeddings off, its startup scan finished, and one proxy of it: what a test
 * class whose tests only read shares, so that each {@link Route} reaches the same index through its own session.
 */
final class FixtureLeader implements AutoCloseable {

    private final Daemons daemons;
    private final DaemonProcess leader;
    private final Map<Route, DaemonProcess> processes = new EnumMap<>(Route.class);
    private final Map<Route, ToolCalls> tools = new EnumMap<>(Route.class);

    private FixtureLeader(Daemons daemons, String hooks) {
        this.daemons = daemons;
        DaemonLauncher launcher = withEmbeddingsOff(daemons.daemon());
        if (!hooks.isEmpty()) {
            launcher.hooks(hooks);
        }
        this.leader = daemons.startLeader(launcher);
        Summaries.awaitReady(leader.mcp(), Daemons.LEADER_START);
        processes.put(Route.LEADER_STDIO, leader);
        processes.put(Route.THROUGH_PROXY, daemons.startProxy(withEmbeddingsOff(daemons.daemon())));
        processes.forEach((route, process) -> tools.put(route, new ToolCalls(process.mcp())));
    }

    /** Starts a leader and a proxy in a fresh world holding the §6 fixture. */
    static FixtureLeader start() {
        return new FixtureLeader(Daemons.create(Fixture.MCP), "");
    }

    /** As {@link #start()}, with {@code SHAKTIMAN_TEST_HOOKS} set to {@code hooks} on both processes' leader. */
    static FixtureLeader start(String hooks) {
        return new FixtureLeader(Daemons.create(Fixture.MCP), hooks);
    }

    /** §6: embeddings are off unless a test says "hashing embedder" (IX-67's variable, whatever the default). */
    static DaemonLauncher withEmbeddingsOff(DaemonLauncher launcher) {
        return launcher.env("SHAKTIMAN_EMBEDDING_ENABLED", "false");
    }

    Daemons daemons() {
        return daemons;
    }

    DaemonProcess leader() {
        return leader;
    }

    /** The client of {@code route}'s process. */
    McpClient client(Route route) {
        return processes.get(route).mcp();
    }

    /** Schema-checking tool calls over {@code route}. */
    ToolCalls tools(Route route) {
        return tools.get(route);
    }

    @Override
    public void close() {
        daemons.close(false);
    }
}
