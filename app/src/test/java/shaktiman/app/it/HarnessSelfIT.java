package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Verifies the IT harness itself against small helper processes, independent of the daemon. */
@DaemonTest(fixture = Fixture.EMPTY)
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HarnessSelfIT {

    private static McpClient fakeServer(Daemons daemons) {
        Process process = daemons.startTestMain(FakeMcpServerMain.class);
        return new McpClient("fake", process.getInputStream(), process.getOutputStream());
    }

    @Test
    void mcpClient_withNumericAndStringIds_matchesResponsesByTypeAndValue(Daemons daemons) {
        McpClient client = fakeServer(daemons);

        client.sendRequest(1, "echo", Map.of("kind", "number"));
        client.sendRequest("1", "echo", Map.of("kind", "string"));
        JsonNode numeric = client.awaitResponse(1, Daemons.SHORT);
        JsonNode textual = client.awaitResponse("1", Daemons.SHORT);

        assertThat(numeric.path("result").path("kind").asText()).isEqualTo("number");
        assertThat(textual.path("result").path("kind").asText()).isEqualTo("string");
        assertThat(client.linesFor(1)).hasSize(1);
        assertThat(client.linesFor("1")).hasSize(1);
    }

    @Test
    void mcpClient_sendPadded_streamsTheWholeLine(Daemons daemons) {
        McpClient client = fakeServer(daemons);
        String prefix = "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"size\",\"params\":{\"pad\":\"";
        String suffix = "\"}}";
        long pad = 3L * 1024 * 1024 + 17;

        client.sendPadded(prefix, pad, suffix);
        JsonNode response = client.awaitResponse(7, Daemons.SHORT);

        assertThat(response.path("result").path("bytes").asLong()).isEqualTo(prefix.length() + pad + suffix.length());
    }

    @Test
    void mcpClient_withLargeResponse_recordsItAsOneLine(Daemons daemons) {
        McpClient client = fakeServer(daemons);

        JsonNode response = client.request("big", "big", Map.of("bytes", 5 * 1024 * 1024));

        assertThat(response.path("result").path("text").asText()).hasSize(5 * 1024 * 1024);
        assertThat(client.lines()).hasSize(1);
    }

    @Test
    void mcpClient_withInvalidJson_recordsTheNullIdParseError(Daemons daemons) {
        McpClient client = fakeServer(daemons);

        client.send("{oops");
        McpClient.Line error = client.awaitLine(
                Daemons.SHORT,
                line -> line.isResponse() && line.id().orElseThrow().isNull(),
                "a null-id error");

        assertThat(error.json().path("error").path("code").asInt()).isEqualTo(-32700);
    }

    @Test
    void mcpClient_whenPeerExits_failsTheWaitNamingEof(Daemons daemons) {
        McpClient client = fakeServer(daemons);

        client.closeOutput();
        client.awaitEof(Daemons.SHORT);

        assertThatThrownBy(() -> client.awaitResponse(9, Daemons.SHORT))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("stream ended");
    }

    @Test
    void processTree_destroy_killsTheProcessAndItsDescendants(Daemons daemons) {
        Process shell = daemons.launch(
                new ProcessBuilder("bash", "-c", "sleep 300 & sleep 300 & wait"), "a shell with two children");
        Await.until(Daemons.SHORT, () -> shell.descendants().count() == 2, "the shell's two children");
        List<ProcessHandle> tree = new ArrayList<>(shell.descendants().toList());
        tree.add(shell.toHandle());

        List<ProcessHandle> survivors = ProcessTree.destroy(shell.toHandle(), Daemons.SHORT);

        assertThat(survivors).isEmpty();
        assertThat(tree).noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void await_whenConditionNeverHolds_failsNamingIt() {
        assertThatThrownBy(() -> Await.until(Duration.ofMillis(100), () -> false, "the impossible"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the impossible");
    }

    @Test
    void daemons_layout_keepsTheSocketPathUnderTheUnixLimit(Daemons daemons) {
        String socket = daemons.layout().socketPath().toString();

        assertThat(socket).startsWith(daemons.tmpDir() + "/shaktiman-");
        assertThat(socket.getBytes(StandardCharsets.UTF_8).length).isLessThan(100);
    }

    @Test
    void lockHolder_whileHolding_makesAProbeSeeTheLockHeld(Daemons daemons) {
        LockHolder holder = LockHolder.hold(daemons, daemons.layout().lockFile());

        boolean free = LockHolder.isFree(daemons, daemons.layout().lockFile());

        assertThat(free).isFalse();
        assertThat(daemons.state().holderPid()).hasValue(holder.pid());
    }

    @Test
    void lockHolder_afterRelease_leavesTheLockFree(Daemons daemons) {
        LockHolder holder = LockHolder.hold(daemons, daemons.layout().lockFile());

        holder.release();

        assertThat(LockHolder.isFree(daemons, daemons.layout().lockFile())).isTrue();
    }

    @Test
    void socketSessions_whileTheReaderBlocks_stillWriteAndReceive(Daemons daemons) throws Exception {
        Path socket = daemons.tmpDir().resolve("echo.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));
            Thread echo = Thread.ofPlatform().daemon().start(() -> echoOneLine(server));
            try (McpClient client = SocketSessions.open(socket, "socket")) {
                // The reader is blocked in read() before anything is written: a shared channel lock would deadlock.
                Await.until(Daemons.SHORT, () -> echo.getState() == Thread.State.RUNNABLE, "the echo thread");

                client.send("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}");

                assertThat(client.awaitResponse(1, Daemons.SHORT).has("result")).isTrue();
            }
        }
    }

    private static void echoOneLine(ServerSocketChannel server) {
        try (SocketChannel peer = server.accept()) {
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            while (buffer.position() == 0 || buffer.get(buffer.position() - 1) != '\n') {
                if (peer.read(buffer) < 0) {
                    return;
                }
            }
            peer.write(buffer.flip());
        } catch (IOException e) {
            throw new UncheckedIOException("the echo peer failed", e);
        }
    }
}
