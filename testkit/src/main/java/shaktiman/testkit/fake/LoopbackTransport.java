package shaktiman.testkit.fake;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import shaktiman.core.port.TransportPort;

/**
 * An in-memory {@link TransportPort}: listeners and connections live in a {@link LoopbackNetwork}, and each transport
 * stands for one process with its own uid and pid, which its peers see as credentials.
 */
public final class LoopbackTransport implements TransportPort {

    private final LoopbackNetwork network;
    private final OptionalLong uid;
    private final OptionalLong pid;

    /** A transport for a process with {@code uid} and {@code pid} on {@code network}. */
    public LoopbackTransport(LoopbackNetwork network, long uid, long pid) {
        this(network, OptionalLong.of(uid), OptionalLong.of(pid));
    }

    private LoopbackTransport(LoopbackNetwork network, OptionalLong uid, OptionalLong pid) {
        this.network = Objects.requireNonNull(network, "network");
        this.uid = uid;
        this.pid = pid;
    }

    /** A transport whose peers cannot read its credentials, as when SO_PEERCRED fails. */
    public static LoopbackTransport withUnreadableCredentials(LoopbackNetwork network) {
        return new LoopbackTransport(network, OptionalLong.empty(), OptionalLong.empty());
    }

    @Override
    public Listener bind(Path socketPath) {
        Objects.requireNonNull(socketPath, "socketPath");
        return new LoopbackListener(network, socketPath, credentials());
    }

    @Override
    public Optional<Connection> connect(Path socketPath, Duration timeout) {
        Objects.requireNonNull(socketPath, "socketPath");
        Objects.requireNonNull(timeout, "timeout");
        return network.socketAt(socketPath).flatMap(socket -> socket.connect(credentials()));
    }

    private LoopbackCredentials credentials() {
        return new LoopbackCredentials(uid, pid);
    }
}
