package shaktiman.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import shaktiman.core.port.TransportException;
import shaktiman.core.port.TransportPort;
import shaktiman.core.port.TransportPort.Connection;
import shaktiman.core.port.TransportPort.Listener;
import shaktiman.testkit.contract.TransportPortContract;

/** Verifies that the in-memory {@link LoopbackTransport} keeps the transport contract, and its fake-only knobs. */
class LoopbackTransportTest extends TransportPortContract {

    private static final long UID = 1000;
    private static final long PID = 4242;

    private final LoopbackNetwork network = new LoopbackNetwork();

    @Override
    protected TransportPort transport() {
        return new LoopbackTransport(network, UID, PID);
    }

    @Override
    protected void deletePath(Path path) {
        network.delete(path);
    }

    @Override
    protected boolean pathExists(Path path) {
        return network.exists(path);
    }

    @Test
    void accept_fromTransportOfAnotherUser_reportsThatUsersCredentials() throws Exception {
        try (Listener listener = transport().bind(socketPath())) {
            var accepted = inBackground(listener::accept);
            try (Connection client = new LoopbackTransport(network, 2000, 77)
                            .connect(socketPath(), CONNECT_TIMEOUT)
                            .orElseThrow();
                    Connection server = await(accepted)) {
                assertThat(server.peerUid()).hasValue(2000);
                assertThat(server.peerPid()).hasValue(77);
                assertThat(client.peerUid()).hasValue(UID);
            }
        }
    }

    @Test
    void accept_fromTransportWithUnreadableCredentials_reportsEmptyCredentials() throws Exception {
        try (Listener listener = transport().bind(socketPath())) {
            var accepted = inBackground(listener::accept);
            try (Connection client = LoopbackTransport.withUnreadableCredentials(network)
                            .connect(socketPath(), CONNECT_TIMEOUT)
                            .orElseThrow();
                    Connection server = await(accepted)) {
                assertThat(server.peerUid()).isEmpty();
                assertThat(server.peerPid()).isEmpty();
                assertThat(client.peerUid()).hasValue(UID);
            }
        }
    }

    @Test
    void bind_onObstructedPath_failsNamingPathOwnerAndFix() {
        network.obstruct(socketPath(), 1234);

        assertThatThrownBy(() -> transport().bind(socketPath()))
                .isInstanceOf(TransportException.class)
                .hasMessageContaining(socketPath().toString())
                .hasMessageContaining("uid 1234")
                .hasMessageContaining("remove it or set TMPDIR");
    }

    @Test
    void transports_onSeparateNetworks_doNotSeeEachOther() {
        try (Listener listener = transport().bind(socketPath())) {
            TransportPort elsewhere = new LoopbackTransport(new LoopbackNetwork(), UID, PID);

            assertThat(elsewhere.connect(listener.path(), CONNECT_TIMEOUT)).isEmpty();
        }
    }
}
