package shaktiman.adapters.socket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import shaktiman.core.port.TransportPort.Connection;
import shaktiman.core.port.TransportPort.Listener;

/**
 * A short socket directory under /tmp, background threads and a few socket helpers for the adapter's own tests (the
 * contract suite has its own); close it after each test.
 */
final class SocketTestSupport implements AutoCloseable {

    static final Duration DEADLINE = Duration.ofSeconds(20);
    static final Duration CONNECT_TIMEOUT = Duration.ofMillis(500);

    final JunixsocketTransport transport = new JunixsocketTransport();
    final Path dir;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    SocketTestSupport() throws IOException {
        // Unix socket paths must stay under ~100 bytes, so not a deep JUnit @TempDir.
        dir = Files.createTempDirectory(Path.of("/tmp"), "shk-");
    }

    Path socketPath() {
        return dir.resolve("shaktiman-0123456789abcdef.sock");
    }

    <T> Future<T> inBackground(Callable<T> task) {
        return threads.submit(task);
    }

    static <T> T await(Future<T> future) throws Exception {
        return future.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Connects to {@code listener} and accepts: {client, server}. */
    Connection[] connectedPair(Listener listener) throws Exception {
        Future<Connection> accepted = inBackground(listener::accept);
        Connection client = transport
                .connect(listener.path(), CONNECT_TIMEOUT)
                .orElseThrow(() -> new AssertionError("nobody accepts at " + listener.path()));
        return new Connection[] {client, await(accepted)};
    }

    void assertConnectionReaches(Listener listener) throws Exception {
        Connection[] pair = connectedPair(listener);
        try (Connection client = pair[0];
                Connection server = pair[1]) {
            client.output().write("hello\n".getBytes(StandardCharsets.UTF_8));
            client.output().flush();
            assertThat(new String(server.input().readNBytes(6), StandardCharsets.UTF_8))
                    .isEqualTo("hello\n");
        }
    }

    List<String> entries() throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).toList();
        }
    }

    boolean exists(Path path) {
        return Files.exists(path, LinkOption.NOFOLLOW_LINKS);
    }

    static long ourUid() throws IOException {
        return ((Number) Files.getAttribute(Path.of("/proc/self"), "unix:uid")).longValue();
    }

    @Override
    public void close() throws IOException {
        threads.shutdownNow();
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
