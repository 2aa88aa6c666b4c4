package shaktiman.testkit.fake;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.OptionalLong;
import shaktiman.core.port.TransportPort;

/** One end of a loopback connection: reads from one pipe, writes to the other. */
final class LoopbackConnection implements TransportPort.Connection {

    private final LoopbackPipe incoming;
    private final LoopbackPipe outgoing;
    private final LoopbackCredentials peer;

    LoopbackConnection(LoopbackPipe incoming, LoopbackPipe outgoing, LoopbackCredentials peer) {
        this.incoming = incoming;
        this.outgoing = outgoing;
        this.peer = peer;
    }

    @Override
    public InputStream input() {
        return incoming.input();
    }

    @Override
    public OutputStream output() {
        return outgoing.output();
    }

    @Override
    public OptionalLong peerUid() {
        return peer.uid();
    }

    @Override
    public OptionalLong peerPid() {
        return peer.pid();
    }

    @Override
    public void close() {
        outgoing.closeWriter();
        incoming.closeReader();
    }
}
