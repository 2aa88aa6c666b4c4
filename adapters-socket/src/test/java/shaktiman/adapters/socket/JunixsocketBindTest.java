package shaktiman.adapters.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.newsclub.net.unix.AFUNIXServerSocket;
import org.newsclub.net.unix.AFUNIXSocketAddress;
import shaktiman.core.port.TransportException;
import shaktiman.core.port.TransportPort;
import shaktiman.core.port.TransportPort.Connection;
import shaktiman.core.port.TransportPort.Listener;

/** Verifies what only the junixsocket adapter can show: file modes, the private bind directory, stale files at P. */
@Timeout(60)
class JunixsocketBindTest {

    private SocketTestSupport sockets;

    @BeforeEach
    void createSocketDir() throws IOException {
        sockets = new SocketTestSupport();
    }

    @AfterEach
    void removeSocketDir() throws IOException {
        sockets.close();
    }

    private TransportPort transport() {
        return sockets.transport;
    }

    private Path socketPath() {
        return sockets.socketPath();
    }

    private boolean pathExists(Path path) {
        return sockets.exists(path);
    }

    private void assertConnectionReaches(Listener listener) throws Exception {
        sockets.assertConnectionReaches(listener);
    }

    @Test
    void bind_createsSocketFileWithMode0600() throws Exception {
        try (Listener listener = transport().bind(socketPath())) {
            int mode = (Integer) Files.getAttribute(listener.path(), "unix:mode", LinkOption.NOFOLLOW_LINKS);

            assertThat(mode & 0777).isEqualTo(0600);
            assertThat(mode & 077).isZero();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socketPath())))
                    .isEqualTo("rw-------");
            assertThat(Files.isRegularFile(socketPath(), LinkOption.NOFOLLOW_LINKS))
                    .isFalse();
            assertThat(Files.isDirectory(socketPath(), LinkOption.NOFOLLOW_LINKS))
                    .isFalse();
        }
    }

    @Test
    void bind_removesThePrivateDirectory() throws Exception {
        try (Listener listener = transport().bind(socketPath())) {
            assertThat(sockets.entries())
                    .containsExactly(listener.path().getFileName().toString());
            assertThat(PrivateDirBinder.privateDirFor(socketPath())
                            .getFileName()
                            .toString())
                    .isEqualTo(".shaktiman-0123456789abcdef-"
                            + ProcessHandle.current().pid());
        }
    }

    @Test
    void ownerUid_isTheUidOfThisProcess() throws Exception {
        try (Listener listener = transport().bind(socketPath())) {
            assertThat(listener.ownerUid()).isEqualTo(SocketTestSupport.ourUid());
            assertThat(((Number) Files.getAttribute(socketPath(), "unix:uid", LinkOption.NOFOLLOW_LINKS)).longValue())
                    .isEqualTo(SocketTestSupport.ourUid());
        }
    }

    @Test
    void peerUid_ofConnectionFromThisProcess_isOurUid() throws Exception {
        try (Listener listener = transport().bind(socketPath())) {
            Connection[] pair = sockets.connectedPair(listener);
            try (Connection client = pair[0];
                    Connection server = pair[1]) {
                assertThat(server.peerUid()).hasValue(SocketTestSupport.ourUid());
                assertThat(server.peerPid()).hasValue(ProcessHandle.current().pid());
                assertThat(client.peerUid()).hasValue(SocketTestSupport.ourUid());
            }
        }
    }

    @Test
    void bind_overRegularFile_replacesIt() throws Exception {
        Files.writeString(socketPath(), "not a socket");

        try (Listener listener = transport().bind(socketPath())) {
            assertThat(Files.isRegularFile(socketPath(), LinkOption.NOFOLLOW_LINKS))
                    .isFalse();
            assertConnectionReaches(listener);
        }
    }

    @Test
    void bind_overStaleSocket_replacesIt() throws Exception {
        AFUNIXServerSocket crashed = AFUNIXServerSocket.newInstance();
        crashed.setDeleteOnClose(false);
        crashed.bind(AFUNIXSocketAddress.of(socketPath()));
        crashed.close();
        assertThat(pathExists(socketPath())).isTrue();
        assertThat(transport().connect(socketPath(), SocketTestSupport.CONNECT_TIMEOUT))
                .isEmpty();

        try (Listener listener = transport().bind(socketPath())) {
            assertThat(listener.ownsPath()).isTrue();
            assertConnectionReaches(listener);
        }
    }

    @Test
    void bind_whenPathIsNonEmptyDirectory_failsNamingPathOwnerAndFix() throws Exception {
        Files.createDirectory(socketPath());
        Files.writeString(socketPath().resolve("keep"), "x");

        assertThatThrownBy(() -> transport().bind(socketPath()))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining(socketPath().toString())
                .hasMessageContaining("uid " + SocketTestSupport.ourUid())
                .hasMessageContaining("remove it or set TMPDIR");
        assertThat(sockets.entries()).containsExactly(socketPath().getFileName().toString());
    }

    @Test
    void bind_whenStalePrivateDirectoryExists_replacesIt() throws Exception {
        Path stale = Files.createDirectory(PrivateDirBinder.privateDirFor(socketPath()));
        Files.writeString(stale.resolve("s"), "left over");

        try (Listener listener = transport().bind(socketPath())) {
            assertConnectionReaches(listener);
            assertThat(stale).doesNotExist();
        }
    }

    @Test
    void bind_whenPrivateDirectoryNameIsASymlink_failsWithoutTouchingItsTarget() throws Exception {
        Path elsewhere = Files.createDirectory(sockets.dir.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("s"), "precious");
        Files.createSymbolicLink(PrivateDirBinder.privateDirFor(socketPath()), elsewhere);

        assertThatThrownBy(() -> transport().bind(socketPath()))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining(socketPath().toString())
                .hasMessageContaining("remove it or set TMPDIR");
        assertThat(Files.readString(elsewhere.resolve("s"))).isEqualTo("precious");
        assertThat(pathExists(socketPath())).isFalse();
    }

    @Test
    void connect_toRegularFile_returnsEmptyAndKeepsTheFile() throws Exception {
        Files.writeString(socketPath(), "not a socket");

        assertThat(transport().connect(socketPath(), SocketTestSupport.CONNECT_TIMEOUT))
                .isEmpty();
        assertThat(Files.readString(socketPath())).isEqualTo("not a socket");
    }

    @Test
    void connect_toStaleSocket_returnsEmptyAndKeepsTheFile() throws Exception {
        AFUNIXServerSocket crashed = AFUNIXServerSocket.newInstance();
        crashed.setDeleteOnClose(false);
        crashed.bind(AFUNIXSocketAddress.of(socketPath()));
        crashed.close();

        assertThat(transport().connect(socketPath(), SocketTestSupport.CONNECT_TIMEOUT))
                .isEmpty();
        assertThat(pathExists(socketPath())).isTrue();
    }

    @Test
    void connect_whenNobodyAcceptsAndBacklogIsFull_returnsEmptyInsteadOfBlocking() {
        List<Connection> queued = new ArrayList<>();
        try (Listener listener = transport().bind(socketPath())) {
            Optional<Connection> attempt = transport().connect(listener.path(), SocketTestSupport.CONNECT_TIMEOUT);
            // The kernel queues a bounded number of unaccepted connections; one past that must time out, not hang.
            for (int i = 0; i < 1000 && attempt.isPresent(); i++) {
                queued.add(attempt.get());
                attempt = transport().connect(listener.path(), SocketTestSupport.CONNECT_TIMEOUT);
            }

            assertThat(attempt).isEmpty();
            assertThat(queued).isNotEmpty();
        } finally {
            queued.forEach(Connection::close);
        }
    }

    @Test
    void output_sixtyFourMebibytes_arriveIntact() throws Exception {
        byte[] payload = new byte[64 * 1024 * 1024];
        new Random(7).nextBytes(payload);
        try (Listener listener = transport().bind(socketPath())) {
            Connection[] pair = sockets.connectedPair(listener);
            try (Connection client = pair[0];
                    Connection server = pair[1]) {
                var received = sockets.inBackground(() -> client.input().readNBytes(payload.length));

                server.output().write(payload);
                server.output().flush();

                assertThat(SocketTestSupport.await(received)).isEqualTo(payload);
            }
        }
    }
}
