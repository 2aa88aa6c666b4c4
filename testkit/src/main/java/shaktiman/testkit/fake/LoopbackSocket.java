package shaktiman.testkit.fake;

import java.util.Optional;
import shaktiman.core.port.TransportPort;

/** One bound socket "file" of a {@link LoopbackListener}; a rebind makes a new one, so identity is the file key. */
final class LoopbackSocket {

    private final LoopbackListener owner;

    LoopbackSocket(LoopbackListener owner) {
        this.owner = owner;
    }

    /** A connection from a peer with {@code peer} credentials, or empty if nobody accepts on this socket any more. */
    Optional<TransportPort.Connection> connect(LoopbackCredentials peer) {
        return owner.enqueue(this, peer);
    }
}
