package shaktiman.app.daemon;

import java.io.IOException;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shaktiman.app.config.TestHooks;
import shaktiman.app.mcp.McpServer;
import shaktiman.app.mcp.McpSession;
import shaktiman.app.protocol.LineReader;
import shaktiman.app.protocol.LineWriter;
import shaktiman.core.port.TransportException;
import shaktiman.core.port.TransportPort;

/**
 * The leader's socket side (MI-17, MI-21): accepts connections, closes those of another uid untouched, and gives every
 * other one its own MCP session read by its own platform thread (sqlite-jdbc pins carriers, so readers stay off virtual
 * threads and {@code ping} is never stuck behind tool work).
 */
final class SocketSessions {
    private static final Logger LOG = LoggerFactory.getLogger(SocketSessions.class);

    private final TransportPort.Listener listener;
    private final McpServer server;
    private final long expectedUid;
    private final Set<TransportPort.Connection> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger ids = new AtomicInteger();
    private volatile boolean accepting = true;

    SocketSessions(TransportPort.Listener listener, McpServer server, TestHooks hooks) {
        this.listener = listener;
        this.server = server;
        // The ownUid test knob lets a test exercise the same-user check without a second account (scenario 29).
        OptionalLong knob = hooks.millis("ownUid");
        this.expectedUid = knob.isPresent() ? knob.getAsLong() : listener.ownerUid();
    }

    void start() {
        Thread.ofPlatform().name("socket-acceptor").daemon(true).start(this::acceptLoop);
    }

    private void acceptLoop() {
        while (accepting) {
            TransportPort.Connection connection;
            try {
                connection = listener.accept();
            } catch (TransportException e) {
                if (accepting) {
                    LOG.atError().setCause(e).log("accept failed; the socket no longer takes connections");
                }
                return;
            }
            if (!accepting) {
                connection.close();
                return;
            }
            OptionalLong uid = connection.peerUid();
            if (uid.isEmpty() || uid.getAsLong() != expectedUid) {
                connection.close();
                LOG.atWarn()
                        .addKeyValue("uid", uid.isPresent() ? uid.getAsLong() : -1)
                        .log("rejected connection from uid " + (uid.isPresent() ? uid.getAsLong() : "unknown"));
                continue;
            }
            open.add(connection);
            String id = "socket-" + ids.incrementAndGet();
            Thread.ofPlatform().name("session-" + id).daemon(true).start(() -> serve(id, connection));
        }
    }

    private void serve(String id, TransportPort.Connection connection) {
        long peerPid = connection.peerPid().orElse(-1);
        LineWriter writer = new LineWriter(connection.output());
        McpSession session = server.openSession(id, writer::writeLine);
        LOG.atInfo().addKeyValue("session", id).addKeyValue("peer_pid", peerPid).log("session opened");
        try {
            LineReader reader = new LineReader(connection.input());
            while (true) {
                switch (reader.next()) {
                    case LineReader.Line line -> session.accept(line.bytes());
                    case LineReader.Oversized oversized -> session.acceptOversized(oversized.length(), oversized.id());
                    case LineReader.Eof eof -> {
                        return;
                    }
                }
            }
        } catch (IOException e) {
            LOG.atDebug()
                    .addKeyValue("session", id)
                    .addKeyValue("error", e.getMessage())
                    .log("session read ended");
        } finally {
            session.close();
            connection.close();
            open.remove(connection);
            LOG.atInfo()
                    .addKeyValue("session", id)
                    .addKeyValue("peer_pid", peerPid)
                    .log("session closed");
        }
    }

    /** Sessions of the socket and of stdio currently open, for {@code summary}. */
    int openCount() {
        return open.size();
    }

    void stopAccepting() {
        accepting = false;
    }

    /** MI-52 step 4: proxies see EOF and start their failover. */
    void closeAll() {
        for (TransportPort.Connection connection : open) {
            connection.close();
        }
    }
}
