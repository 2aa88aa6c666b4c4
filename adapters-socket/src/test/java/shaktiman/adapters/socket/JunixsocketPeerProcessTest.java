package shaktiman.adapters.socket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import shaktiman.core.port.TransportPort.Connection;
import shaktiman.core.port.TransportPort.Listener;

/** Verifies the adapter against a peer in a real second JVM: its death gives EOF and the kernel reports its pid. */
@Timeout(120)
class JunixsocketPeerProcessTest {

    private SocketTestSupport sockets;
    private final List<Process> children = new ArrayList<>();

    @BeforeEach
    void createSocketDir() throws IOException {
        sockets = new SocketTestSupport();
    }

    @AfterEach
    void killChildrenAndRemoveSocketDir() throws Exception {
        for (Process child : children) {
            child.descendants().forEach(ProcessHandle::destroyForcibly);
            child.destroyForcibly().waitFor(SocketTestSupport.DEADLINE.toSeconds(), TimeUnit.SECONDS);
        }
        sockets.close();
    }

    @Test
    void input_whenPeerProcessDiesMidMessage_reachesEndOfStream() throws Exception {
        try (Listener listener = sockets.transport.bind(sockets.socketPath())) {
            Future<Connection> accepted = sockets.inBackground(listener::accept);
            Process child =
                    startPeer(Map.of(), "half-message", sockets.socketPath().toString());
            assertThat(readLine(child)).isEqualTo("connected");
            try (Connection server = SocketTestSupport.await(accepted)) {
                byte[] half = "{\"jsonrpc\":\"2.0\",\"id\":1,".getBytes(StandardCharsets.UTF_8);
                assertThat(server.input().readNBytes(half.length)).isEqualTo(half);
                Future<Integer> next = sockets.inBackground(() -> server.input().read());

                child.destroyForcibly();

                assertThat(SocketTestSupport.await(next)).isEqualTo(-1);
            }
        }
    }

    @Test
    void peerPid_ofConnectionFromAnotherProcess_isThatProcessesPid() throws Exception {
        try (Listener listener = sockets.transport.bind(sockets.socketPath())) {
            Future<Connection> accepted = sockets.inBackground(listener::accept);

            Process child =
                    startPeer(Map.of(), "half-message", sockets.socketPath().toString());

            try (Connection server = SocketTestSupport.await(accepted)) {
                assertThat(server.peerPid()).hasValue(child.pid());
                assertThat(server.peerUid()).hasValue(SocketTestSupport.ourUid());
            }
        }
    }

    @Test
    void nativeLibrary_whenTmpdirAndJavaIoTmpdirDiffer_stillLoads() throws Exception {
        Path tmpdir = Files.createDirectory(sockets.dir.resolve("env-tmp"));
        Path javaTmp = Files.createDirectory(sockets.dir.resolve("java-tmp"));
        Path socket = sockets.dir.resolve("shaktiman-fedcba9876543210.sock");

        Process child = startPeer(
                Map.of("TMPDIR", tmpdir.toString()),
                List.of("-Djava.io.tmpdir=" + javaTmp),
                "self-check",
                socket.toString());

        assertThat(readLine(child)).isEqualTo("ok");
        assertThat(child.waitFor(SocketTestSupport.DEADLINE.toSeconds(), TimeUnit.SECONDS))
                .isTrue();
        assertThat(child.exitValue()).isZero();
    }

    private Process startPeer(Map<String, String> env, String... args) throws IOException, URISyntaxException {
        return startPeer(env, List.of(), args);
    }

    private Process startPeer(Map<String, String> env, List<String> jvmOptions, String... args)
            throws IOException, URISyntaxException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("--enable-native-access=ALL-UNNAMED");
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(childClassPath());
        command.add(PeerMain.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectError(
                        sockets.dir.resolve("peer-" + children.size() + ".err").toFile());
        builder.environment().putAll(env);
        Process child = builder.start();
        children.add(child);
        return child;
    }

    /**
     * Everything the test JVM can see, as a plain class path: surefire may run us on the module path with our classes
     * patched in, but the peer only needs the classes, not the module checks.
     */
    private static String childClassPath() throws URISyntaxException {
        Set<String> entries = new LinkedHashSet<>();
        entries.add(locationOf(PeerMain.class));
        entries.add(locationOf(JunixsocketTransport.class));
        for (String property : List.of("jdk.module.path", "java.class.path")) {
            String value = System.getProperty(property, "");
            for (String entry : value.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    entries.add(entry);
                }
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private static String locationOf(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
                .toString();
    }

    private String readLine(Process child) throws Exception {
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        Future<String> line = sockets.inBackground(reader::readLine);
        String result = SocketTestSupport.await(line);
        if (result == null) {
            throw new AssertionError("peer exited before answering: "
                    + Files.readString(sockets.dir.resolve("peer-" + (children.size() - 1) + ".err")));
        }
        return result;
    }
}
