package shaktiman.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import shaktiman.core.port.TransportException;
import shaktiman.core.port.TransportPort;
import shaktiman.core.port.TransportPort.Connection;
import shaktiman.core.port.TransportPort.Listener;

/**
 * The behaviour every {@link TransportPort} must show, one test per sentence of its Javadoc; a subclass only builds
 * the subject and says how to delete and see a path.
 *
 * <p>Socket paths live in a fresh directory directly under {@code /tmp}, to stay well within the ~100-byte limit of
 * Unix socket paths.
 */
@Timeout(60)
public abstract class TransportPortContract {

    /** How long any wait in these tests may take before the test fails: generous, never a timing assertion. */
    protected static final Duration DEADLINE = Duration.ofSeconds(20);

    /** The connect timeout callers use (MI-22). */
    protected static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);

    private Path socketDir;
    private ExecutorService threads;

    /** For subclasses, which build the subject. */
    protected TransportPortContract() {}

    /** The transport under test; a fresh one per call is fine, as long as all see the same paths. */
    protected abstract TransportPort transport();

    /** Removes whatever is at {@code path}, as another process deleting the socket file would. */
    protected abstract void deletePath(Path path);

    /** Whether anything is at {@code path}. */
    protected abstract boolean pathExists(Path path);

    @BeforeEach
    final void createSocketDirAndThreads() throws IOException {
        socketDir = Files.createTempDirectory(Path.of("/tmp"), "shk-");
        threads = Executors.newVirtualThreadPerTaskExecutor();
    }

    @AfterEach
    final void removeSocketDirAndThreads() throws IOException {
        threads.shutdownNow();
        try (Stream<Path> paths = Files.walk(socketDir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** A short directory of this test's own, for socket paths. */
    protected final Path socketDir() {
        return socketDir;
    }

    /** A socket path named as MI-14 names them, in {@link #socketDir()}. */
    protected final Path socketPath() {
        return socketDir.resolve("shaktiman-0123456789abcdef.sock");
    }

    /** Runs {@code task} on a virtual thread, as the daemon does. */
    protected final <T> Future<T> inBackground(Callable<T> task) {
        return threads.submit(task);
    }

    /** Waits for {@code future} up to {@link #DEADLINE}. */
    protected static <T> T await(Future<T> future) throws InterruptedException, ExecutionException, TimeoutException {
        return future.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Connects to {@code path}, failing the test if nobody accepts. */
    protected final Connection connectOrFail(Path path) {
        return transport()
                .connect(path, CONNECT_TIMEOUT)
                .orElseThrow(() -> new AssertionError("expected a listener at " + path));
    }

    /** Connects to {@code listener} and accepts: returns {client, server}. */
    protected final Connection[] connectedPair(Listener listener) throws Exception {
        Future<Connection> accepted = inBackground(listener::accept);
        Connection client = connectOrFail(listener.path());
        return new Connection[] {client, await(accepted)};
    }

    @Test
    void bind_onFreePath_createsThePathOwnedByTheListener() {
        try (Listener listener = transport().bind(socketPath())) {
            assertThat(listener.path()).isEqualTo(socketPath());
            assertThat(pathExists(socketPath())).isTrue();
            assertThat(listener.ownsPath()).isTrue();
        }
    }

    @Test
    void bind_overAnotherListenersPath_replacesItSoConnectionsReachTheNewListener() throws Exception {
        try (Listener stale = transport().bind(socketPath());
                Listener fresh = transport().bind(socketPath())) {
            assertThat(fresh.ownsPath()).isTrue();
            assertThat(stale.ownsPath()).isFalse();
            assertConnectionReaches(fresh);
        }
    }

    @Test
    void connect_toMissingPath_returnsEmpty() {
        assertThat(transport().connect(socketDir.resolve("shaktiman-missing.sock"), CONNECT_TIMEOUT))
                .isEmpty();
    }

    @Test
    void connect_afterListenerClosed_returnsEmpty() {
        transport().bind(socketPath()).close();

        assertThat(transport().connect(socketPath(), CONNECT_TIMEOUT)).isEmpty();
    }

    @Test
    void connection_roundTrip_carriesBytesBothWays() throws Exception {
        try (Listener listener = transport().bind(socketPath())) {
            Connection[] pair = connectedPair(listener);
            try (Connection client = pair[0];
                    Connection server = pair[1]) {
                write(client.output(), "ping\n");
                assertThat(readLine(server.input())).isEqualTo("ping");
                write(server.output(), "pong\n");
                assertThat(readLine(client.input())).isEqualTo("pong");
            }
        }
    }

    @Test
    void connection_sixteenMebibytePayload_arrivesIntact() throws Exception {
        byte[] payload = new byte[16 * 1024 * 1024];
        new Random(42).nextBytes(payload);
        try (Listener listener = transport().bind(socketPath())) {
            Connection[] pair = connectedPair(listener);
            try (Connection client = pair[0];
                    Connection server = pair[1]) {
                Future<byte[]> received = inBackground(() -> server.input().readNBytes(payload.length));

                client.output().write(payload);
                client.output().flush();

                assertThat(await(received)).isEqualTo(payload);
            }
        }
    }

    @Test
    void output_flush_deliversWithoutMoreWritesOrClose() throws Exception {
        try (Listener listener = transport().bind(socketPath())) {
            Connection[] pair = connectedPair(listener);
            try (Connection client = pair[0];
                    Connection server = pair[1]) {
                Future<Integer> first = inBackground(() -> server.input().read());

                client.output().write('x');
                client.output().flush();

                assertThat(await(first)).isEqualTo((int) 'x');
            }
        }
    }

    @Test
    void input_whenPeerCloses_reachesEndOfStream() throws Exception {
        try (Listener listener = transport().bind(socketPath())) {
            Connection[] pair = connectedPair(listener);
            try (Connection server = pair[1]) {
                Future<byte[]> rest = inBackground(() -> server.input().readAllBytes());
                write(pair[0].output(), "last words");

                pair[0].close();

                assertThat(new String(await(rest), StandardCharsets.UTF_8)).isEqualTo("last words");
            }
        }
    }

    @Test
    void output_afterPeerClosed_throwsIOException() throws Exception {
        try (Listener listener = transport().bind(socketPath())) {
            Connection[] pair = connectedPair(listener);
            try (Connection server = pair[1]) {
                pair[0].close();
                byte[] chunk = new byte[64 * 1024];

                assertThatThrownBy(() -> {
                            // The first writes may still land in a kernel buffer; a bounded number must fail.
                            for (int i = 0; i < 1024; i++) {
                                server.output().write(chunk);
                                server.output().flush();
                            }
                        })
                        .isInstanceOf(IOException.class);
            }
        }
    }

    @Test
    void close_whileAReaderIsBlocked_unblocksIt() throws Exception {
        try (Listener listener = transport().bind(socketPath())) {
            Connection[] pair = connectedPair(listener);
            try (Connection client = pair[0]) {
                Connection server = pair[1];
                CountDownLatch firstByteRead = new CountDownLatch(1);
                Future<Integer> blockedRead = inBackground(() -> {
                    server.input().read();
                    firstByteRead.countDown();
                    return readOrMinusOneOnError(server.input());
                });
                write(client.output(), "1");
                assertThat(firstByteRead.await(DEADLINE.toMillis(), TimeUnit.MILLISECONDS))
                        .isTrue();

                server.close();

                assertThat(await(blockedRead)).isEqualTo(-1);
            }
        }
    }

    @Test
    void close_calledTwice_isIdempotent() throws Exception {
        Listener listener = transport().bind(socketPath());
        Connection[] pair = connectedPair(listener);
        pair[0].close();
        pair[1].close();
        listener.close();

        pair[0].close();
        pair[1].close();
        listener.close();

        assertThat(pathExists(socketPath())).isFalse();
    }

    @Test
    void peerCredentials_ofSameUserConnection_matchTheListenerOwner() throws Exception {
        try (Listener listener = transport().bind(socketPath())) {
            Connection[] pair = connectedPair(listener);
            try (Connection client = pair[0];
                    Connection server = pair[1]) {
                assertThat(server.peerUid()).hasValue(listener.ownerUid());
                assertThat(client.peerUid()).hasValue(listener.ownerUid());
                assertThat(server.peerPid()).isPresent();
            }
        }
    }

    @Test
    void accept_fromManyConcurrentPeers_acceptsEachOnce() throws Exception {
        int peers = 8;
        try (Listener listener = transport().bind(socketPath())) {
            List<Future<Connection>> clients = new ArrayList<>();
            for (int i = 0; i < peers; i++) {
                clients.add(inBackground(() -> connectOrFail(socketPath())));
            }
            List<Connection> accepted = new ArrayList<>();
            for (int i = 0; i < peers; i++) {
                accepted.add(await(inBackground(listener::accept)));
            }

            for (int i = 0; i < peers; i++) {
                write(await(clients.get(i)).output(), "peer " + i + "\n");
            }
            List<String> lines = new ArrayList<>();
            for (Connection connection : accepted) {
                lines.add(readLine(connection.input()));
            }
            assertThat(lines).hasSize(peers).doesNotHaveDuplicates();
            for (Future<Connection> client : clients) {
                await(client).close();
            }
            accepted.forEach(Connection::close);
        }
    }

    @Test
    void accept_afterListenerClosed_throwsTransportException() {
        Listener listener = transport().bind(socketPath());
        listener.close();

        assertThatThrownBy(listener::accept).isInstanceOf(TransportException.class);
    }

    @Test
    void close_whileAcceptIsBlocked_makesAcceptThrowTransportException() throws Exception {
        Listener listener = transport().bind(socketPath());
        Future<Connection> blockedAccept = inBackground(listener::accept);

        listener.close();

        assertThatThrownBy(() -> await(blockedAccept)).hasCauseInstanceOf(TransportException.class);
    }

    @Test
    void close_leavesAcceptedConnectionsOpen() throws Exception {
        Listener listener = transport().bind(socketPath());
        Connection[] pair = connectedPair(listener);
        try (Connection client = pair[0];
                Connection server = pair[1]) {
            listener.close();

            write(client.output(), "still here\n");
            assertThat(readLine(server.input())).isEqualTo("still here");
        }
    }

    @Test
    void close_whenPathIsStillOurs_removesIt() {
        Listener listener = transport().bind(socketPath());

        listener.close();

        assertThat(pathExists(socketPath())).isFalse();
    }

    @Test
    void close_whenPathWasTakenOver_leavesTheNewOwnersPath() throws Exception {
        Listener old = transport().bind(socketPath());
        try (Listener successor = transport().bind(socketPath())) {
            old.close();

            assertThat(pathExists(socketPath())).isTrue();
            assertThat(successor.ownsPath()).isTrue();
            assertConnectionReaches(successor);
        }
    }

    @Test
    void ownsPath_afterPathDeleted_isFalse() {
        try (Listener listener = transport().bind(socketPath())) {
            deletePath(socketPath());

            assertThat(listener.ownsPath()).isFalse();
        }
    }

    @Test
    void rebindIfLost_whilePathIsOurs_returnsFalse() {
        try (Listener listener = transport().bind(socketPath())) {
            assertThat(listener.rebindIfLost()).isFalse();
            assertThat(listener.ownsPath()).isTrue();
        }
    }

    @Test
    void rebindIfLost_afterPathDeleted_rebindsAndAcceptsNewConnections() throws Exception {
        try (Listener listener = transport().bind(socketPath())) {
            deletePath(socketPath());

            assertThat(listener.rebindIfLost()).isTrue();

            assertThat(listener.ownsPath()).isTrue();
            assertConnectionReaches(listener);
        }
    }

    @Test
    void rebindIfLost_afterPathReplaced_takesThePathBack() throws Exception {
        try (Listener listener = transport().bind(socketPath());
                Listener intruder = transport().bind(socketPath())) {
            assertThat(listener.rebindIfLost()).isTrue();

            assertThat(listener.ownsPath()).isTrue();
            assertThat(intruder.ownsPath()).isFalse();
        }
    }

    @Test
    void rebindIfLost_keepsExistingConnectionsWorking() throws Exception {
        try (Listener listener = transport().bind(socketPath())) {
            Connection[] pair = connectedPair(listener);
            try (Connection client = pair[0];
                    Connection server = pair[1]) {
                deletePath(socketPath());

                listener.rebindIfLost();

                write(client.output(), "old connection\n");
                assertThat(readLine(server.input())).isEqualTo("old connection");
                write(server.output(), "still both ways\n");
                assertThat(readLine(client.input())).isEqualTo("still both ways");
            }
        }
    }

    @Test
    void rebindIfLost_whileAcceptIsBlocked_acceptGoesOnOnTheNewSocket() throws Exception {
        try (Listener listener = transport().bind(socketPath())) {
            Future<Connection> blockedAccept = inBackground(listener::accept);
            deletePath(socketPath());

            listener.rebindIfLost();
            Connection client = connectOrFail(socketPath());

            try (client;
                    Connection server = await(blockedAccept)) {
                write(client.output(), "through the new socket\n");
                assertThat(readLine(server.input())).isEqualTo("through the new socket");
            }
        }
    }

    @Test
    void rebindIfLost_afterClose_throwsTransportException() {
        Listener listener = transport().bind(socketPath());
        listener.close();

        assertThatThrownBy(listener::rebindIfLost).isInstanceOf(TransportException.class);
    }

    /** Asserts that a connection to {@code listener}'s path is accepted by {@code listener} and carries a line. */
    protected final void assertConnectionReaches(Listener listener) throws Exception {
        Connection[] pair = connectedPair(listener);
        try (Connection client = pair[0];
                Connection server = pair[1]) {
            write(client.output(), "hello\n");
            assertThat(readLine(server.input())).isEqualTo("hello");
        }
    }

    /** Writes {@code text} as UTF-8 and flushes. */
    protected static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Reads one {@code \n}-terminated line (without the terminator); fails on end of stream. */
    protected static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0) {
                throw new AssertionError("end of stream after \"" + bytes.toString(StandardCharsets.UTF_8) + "\"");
            }
            bytes.write(b);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int readOrMinusOneOnError(InputStream in) {
        try {
            return in.read();
        } catch (IOException e) {
            // A reader unblocked by close may see end of stream or an error; both mean "unblocked".
            return -1;
        }
    }
}
