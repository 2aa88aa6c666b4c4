package shaktiman.adapters.socket;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import shaktiman.core.port.TransportPort.Connection;
import shaktiman.core.port.TransportPort.Listener;

/**
 * The second process of the adapter's process tests. Modes:
 *
 * <ul>
 *   <li>{@code half-message <P>}: connects to P, writes half a message, says {@code connected} on stdout and waits to be
 *       killed.
 *   <li>{@code self-check <P>}: binds P, connects to it, round-trips a line and says {@code ok} on stdout.
 * </ul>
 */
public final class PeerMain {

    private PeerMain() {}

    public static void main(String[] args) throws Exception {
        // Stdout is this peer's line protocol with the test that started it.
        PrintStream out = System.out;
        Path path = Path.of(args[1]);
        JunixsocketTransport transport = new JunixsocketTransport();
        switch (args[0]) {
            case "half-message" -> {
                Connection connection = transport
                        .connect(path, Duration.ofSeconds(5))
                        .orElseThrow(() -> new IllegalStateException("nobody accepts at " + path));
                connection.output().write("{\"jsonrpc\":\"2.0\",\"id\":1,".getBytes(StandardCharsets.UTF_8));
                connection.output().flush();
                out.println("connected");
                out.flush();
                new CountDownLatch(1).await(); // until destroyForcibly
            }
            case "self-check" -> {
                try (Listener listener = transport.bind(path);
                        Connection client =
                                transport.connect(path, Duration.ofSeconds(5)).orElseThrow();
                        Connection server = listener.accept()) {
                    client.output().write("ping\n".getBytes(StandardCharsets.UTF_8));
                    client.output().flush();
                    String line = new String(server.input().readNBytes(5), StandardCharsets.UTF_8);
                    out.println(line.equals("ping\n") ? "ok" : "bad: " + line);
                    out.flush();
                }
            }
            default -> throw new IllegalArgumentException("unknown mode " + args[0]);
        }
    }
}
