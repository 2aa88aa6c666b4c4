package shaktiman.testkit.fake;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import shaktiman.core.port.TransportException;
import shaktiman.core.port.TransportPort;

/** A {@link TransportPort.Listener} in a {@link LoopbackNetwork}: pending connections queue on its current socket. */
final class LoopbackListener implements TransportPort.Listener {

    private final LoopbackNetwork network;
    private final Path path;
    private final LoopbackCredentials credentials;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Deque<TransportPort.Connection> pending = new ArrayDeque<>();
    private LoopbackSocket current;
    private boolean closed;

    LoopbackListener(LoopbackNetwork network, Path path, LoopbackCredentials credentials) {
        this.network = network;
        this.path = path;
        this.credentials = credentials;
        this.current = new LoopbackSocket(this);
        network.place(path, current);
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public long ownerUid() {
        return credentials.uid().orElse(-1);
    }

    @Override
    public TransportPort.Connection accept() {
        lock.lock();
        try {
            while (!closed && pending.isEmpty()) {
                changed.awaitUninterruptibly();
            }
            if (closed) {
                throw new TransportException("accept on " + path + ": listener is closed");
            }
            return pending.removeFirst();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean ownsPath() {
        lock.lock();
        try {
            return network.holds(path, current);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean rebindIfLost() {
        lock.lock();
        try {
            if (closed) {
                throw new TransportException("rebind on " + path + ": listener is closed");
            }
            if (network.holds(path, current)) {
                return false;
            }
            LoopbackSocket fresh = new LoopbackSocket(this);
            network.place(path, fresh);
            // Connections still queued on the old socket die with it, as a closed socket's backlog does.
            pending.forEach(TransportPort.Connection::close);
            pending.clear();
            current = fresh;
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            network.removeIfHolds(path, current);
            pending.forEach(TransportPort.Connection::close);
            pending.clear();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    Optional<TransportPort.Connection> enqueue(LoopbackSocket socket, LoopbackCredentials peer) {
        lock.lock();
        try {
            if (closed || socket != current) {
                return Optional.empty();
            }
            LoopbackPipe toListener = new LoopbackPipe();
            LoopbackPipe toPeer = new LoopbackPipe();
            pending.addLast(new LoopbackConnection(toListener, toPeer, peer));
            changed.signalAll();
            return Optional.of(new LoopbackConnection(toPeer, toListener, credentials));
        } finally {
            lock.unlock();
        }
    }
}
