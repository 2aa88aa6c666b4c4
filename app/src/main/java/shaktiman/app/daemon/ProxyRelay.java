package shaktiman.app.daemon;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shaktiman.app.protocol.Inspection;
import shaktiman.app.protocol.JsonRpcId;
import shaktiman.app.protocol.LineWriter;
import shaktiman.app.protocol.MessageInspector;
import shaktiman.app.protocol.ProtocolErrors;
import shaktiman.core.port.TransportPort;

/**
 * The proxy's two relay directions and the state they share (MI-24, MI-25, MI-28, MI-29): the client's latest {@code
 * initialize}, the in-flight table, the lines queued while no leader is reachable, and the current link. The
 * controller ({@link ProxyController}) decides when links come and go; this class only moves lines and keeps the
 * books, so that every client request gets exactly one answer.
 */
final class ProxyRelay {
    private static final Logger LOG = LoggerFactory.getLogger(ProxyRelay.class);
    static final String PROXY_ID_PREFIX = "shaktiman-proxy:";
    static final String ABANDONED = "request abandoned: two shaktiman leaders exited while it was running";

    enum State {
        /** No leader yet, or failing over: client lines are queued. */
        DETACHED,
        /** Lines go to the leader over the link. */
        CONNECTED,
        /** This process leads now: lines go to its local session. */
        LOCAL
    }

    /** One connection to a leader; {@code generation} tells a stale loss from a current one. */
    record Link(TransportPort.Connection connection, LineWriter writer, int generation, long leaderPid) {}

    private final Object lock = new Object();
    private final LineWriter toClient;
    private final BlockingQueue<LifecycleEvent> events;
    private final InFlightTable inFlight = new InFlightTable();
    private final ArrayDeque<byte[]> queued = new ArrayDeque<>();
    private final ConcurrentHashMap<JsonRpcId, CompletableFuture<Inspection.Response>> proxyRequests =
            new ConcurrentHashMap<>();
    private final AtomicInteger proxyIds = new AtomicInteger();

    private volatile State state = State.DETACHED;
    private Link link;
    private volatile Consumer<byte[]> local;
    private byte[] initializeLine;
    private boolean initializedSent;
    private volatile long lastHeardNanos = System.nanoTime();

    ProxyRelay(LineWriter toClient, BlockingQueue<LifecycleEvent> events) {
        this.toClient = Objects.requireNonNull(toClient, "toClient");
        this.events = Objects.requireNonNull(events, "events");
    }

    // ---- client -> leader (the stdin reader thread) ----

    /** Handles one complete line from the client. */
    void fromClient(byte[] line) {
        if (state == State.LOCAL) {
            local.accept(line); // the local session does its own checks; no second inspection on the hot path
            return;
        }
        switch (MessageInspector.inspect(line)) {
            case Inspection.ParseError parseError -> writeClient(ProtocolErrors.parseError());
            case Inspection.NotAnObject notAnObject -> writeClient(ProtocolErrors.invalidRequest(null));
            case Inspection.InvalidRequest invalid -> writeClient(ProtocolErrors.invalidRequest(invalid.id()));
            case Inspection.Request request -> fromClientRequest(line, request);
            case Inspection.Notification notification -> fromClientNotification(line, notification);
            case Inspection.MalformedNotification malformed ->
                // MCP-9: a notification never gets a reply, not even an error; the leader would drop it too.
                LOG.atDebug().addKeyValue("reason", malformed.reason()).log("dropped a malformed notification");
            case Inspection.Response response -> forwardOrQueue(line, null);
        }
    }

    /** Answers a client line that exceeded the size limit (MI-19). */
    void fromClientOversized(long bytes, JsonRpcId id) {
        writeClient(ProtocolErrors.oversizedMessage(id, bytes));
    }

    private void fromClientRequest(byte[] line, Inspection.Request message) {
        if (isProxyId(message.id())) {
            // MI-24: ids with our prefix are reserved for the proxy's own requests.
            writeClient(ProtocolErrors.invalidRequest(message.id()));
            return;
        }
        synchronized (lock) {
            if (state == State.LOCAL) {
                local.accept(line);
                return;
            }
            if (inFlight.contains(message.id())) {
                writeClient(ProtocolErrors.duplicateRequestId(message.id()));
                return;
            }
            if ("initialize".equals(message.method())) {
                initializeLine = line;
            }
            forwardOrQueue(line, inFlight.add(message.id(), line));
        }
    }

    private void fromClientNotification(byte[] line, Inspection.Notification message) {
        synchronized (lock) {
            if (state == State.LOCAL) {
                local.accept(line);
                return;
            }
            if ("notifications/initialized".equals(message.method())) {
                initializedSent = true;
            } else if ("notifications/cancelled".equals(message.method()) && message.cancelledRequestId() != null) {
                inFlight.remove(message.cancelledRequestId());
            }
            forwardOrQueue(line, null);
        }
    }

    private void forwardOrQueue(byte[] line, InFlightTable.Entry entry) {
        synchronized (lock) {
            if (state == State.LOCAL) {
                local.accept(line);
                return;
            }
            if (state != State.CONNECTED) {
                queued.add(line);
                return;
            }
            sendToLeader(line, entry);
        }
    }

    /** Sends under the lock; a failed write reports the loss and leaves the entry for replay. */
    private void sendToLeader(byte[] line, InFlightTable.Entry entry) {
        if (entry != null) {
            entry.sends++;
            entry.sentAtNanos = System.nanoTime();
        }
        try {
            link.writer().writeLine(line);
        } catch (IOException e) {
            LOG.atDebug().addKeyValue("error", e.getMessage()).log("write to leader failed");
            if (entry == null) {
                queued.add(line);
            }
            state = State.DETACHED;
            events.offer(new LifecycleEvent.LeaderLost(link.generation(), "error"));
        }
    }

    // ---- leader -> client (one reader thread per link) ----

    /** Handles one complete line from the leader of {@code from}. */
    void fromLeader(Link from, byte[] line) {
        lastHeardNanos = System.nanoTime();
        switch (MessageInspector.inspect(line)) {
            case Inspection.Response response -> fromLeaderResponse(line, response);
            case Inspection.Request request -> writeClient(line);
            case Inspection.Notification notification -> writeClient(line);
            case Inspection.ParseError parseError -> droppedFromLeader(from);
            case Inspection.NotAnObject notAnObject -> droppedFromLeader(from);
            case Inspection.InvalidRequest invalid -> droppedFromLeader(from);
            case Inspection.MalformedNotification malformed -> droppedFromLeader(from);
        }
    }

    private static void droppedFromLeader(Link from) {
        LOG.atWarn().addKeyValue("leader_pid", from.leaderPid()).log("dropped a malformed line from the leader");
    }

    private void fromLeaderResponse(byte[] line, Inspection.Response message) {
        JsonRpcId id = message.id();
        if (id == null) {
            writeClient(line);
            return;
        }
        if (isProxyId(id)) {
            CompletableFuture<Inspection.Response> waiting = proxyRequests.remove(id);
            if (waiting != null) {
                waiting.complete(message);
            }
            return;
        }
        InFlightTable.Entry entry;
        synchronized (lock) {
            entry = inFlight.remove(id);
        }
        if (entry != null) {
            writeClient(line);
        } else {
            LOG.atDebug().addKeyValue("id", id).log("dropped a response for an id that is not in flight");
        }
    }

    /** A line from the leader exceeded the limit: its error replaces it (MI-19). */
    void fromLeaderOversized(long bytes, JsonRpcId id) {
        lastHeardNanos = System.nanoTime();
        InFlightTable.Entry entry;
        synchronized (lock) {
            entry = id == null ? null : inFlight.remove(id);
        }
        if (entry != null) {
            writeClient(ProtocolErrors.oversizedMessage(id, bytes));
        }
    }

    private void writeClient(byte[] line) {
        try {
            toClient.writeLine(line);
        } catch (IOException e) {
            events.offer(new LifecycleEvent.ClientGone("stdout write failed: " + e.getMessage()));
        }
    }

    // ---- the controller's operations ----

    /** Stops forwarding: lines are queued until {@link #attach} or {@link #goLocal}. */
    Link detach() {
        synchronized (lock) {
            state = State.DETACHED;
            Link old = link;
            link = null;
            return old;
        }
    }

    State state() {
        synchronized (lock) {
            return state;
        }
    }

    Link link() {
        synchronized (lock) {
            return link;
        }
    }

    /** The remembered initialize, if the client sent one. */
    byte[] initializeLine() {
        synchronized (lock) {
            return initializeLine;
        }
    }

    /**
     * Sends a request of the proxy's own on {@code via} and waits for its answer (MI-27's initialize replay, MI-29's
     * ping); empty on timeout or a failed write.
     */
    java.util.Optional<Inspection.Response> proxyRequest(
            Link via, String kind, byte[] requestTemplate, long timeoutMs) {
        JsonRpcId id = JsonRpcId.of(PROXY_ID_PREFIX + kind + "-" + proxyIds.incrementAndGet());
        CompletableFuture<Inspection.Response> answer = new CompletableFuture<>();
        proxyRequests.put(id, answer);
        try {
            via.writer().writeLine(Wire.withId(requestTemplate, id));
            return java.util.Optional.of(answer.get(timeoutMs, TimeUnit.MILLISECONDS));
        } catch (IOException | java.util.concurrent.TimeoutException e) {
            return java.util.Optional.empty();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new AssertionError("proxy request futures complete normally", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        } finally {
            proxyRequests.remove(id);
        }
    }

    /**
     * Makes {@code newLink} current: replays {@code notifications/initialized} (when {@code replayInitialized}), then
     * every request already sent to an earlier leader (a second replay is abandoned, MI-28), then the queued lines.
     *
     * @return how many requests were replayed
     */
    int attach(Link newLink, boolean replayInitialized) {
        synchronized (lock) {
            link = newLink;
            state = State.CONNECTED;
            int replayed = 0;
            if (replayInitialized && initializedSent) {
                sendToLeader(Wire.INITIALIZED, null);
            }
            for (InFlightTable.Entry entry : inFlight.entries()) {
                if (entry.sends == 0) {
                    continue; // still in the queue; sent below in arrival order
                }
                if (entry.sends >= 2) {
                    inFlight.remove(entry.id);
                    writeClient(ProtocolErrors.error(entry.id, -32603, ABANDONED));
                    continue;
                }
                sendToLeader(entry.line, entry);
                replayed++;
            }
            flushQueue(line -> {
                if (MessageInspector.inspect(line) instanceof Inspection.Request request) {
                    InFlightTable.Entry entry = inFlight.get(request.id());
                    if (entry != null) {
                        sendToLeader(line, entry); // absent: cancelled while queued
                    }
                } else {
                    sendToLeader(line, null);
                }
            });
            return replayed;
        }
    }

    /**
     * Hands the client to this process's own leader session (MI-26): the remembered initialize under a proxy id when
     * {@code replayInitialize}, {@code notifications/initialized}, the requests sent to the lost leader, then the
     * queued lines; from then on every client line goes straight to {@code session}.
     */
    int goLocal(Consumer<byte[]> session, boolean replayInitialize) {
        synchronized (lock) {
            int replayed = 0;
            if (replayInitialize && initializeLine != null) {
                session.accept(Wire.withId(initializeLine, JsonRpcId.of(PROXY_ID_PREFIX + "init-local")));
            }
            if (replayInitialize && initializedSent) {
                session.accept(Wire.INITIALIZED);
            }
            for (InFlightTable.Entry entry : inFlight.entries()) {
                if (entry.sends == 0) {
                    continue;
                }
                if (entry.sends >= 2) {
                    writeClient(ProtocolErrors.error(entry.id, -32603, ABANDONED));
                    continue;
                }
                session.accept(entry.line);
                replayed++;
            }
            flushQueue(line -> {
                if (!(MessageInspector.inspect(line) instanceof Inspection.Request request)
                        || inFlight.contains(request.id())) {
                    session.accept(line);
                }
            });
            inFlight.drain();
            local = session;
            state = State.LOCAL;
            return replayed;
        }
    }

    private void flushQueue(Consumer<byte[]> send) {
        while (!queued.isEmpty()) {
            send.accept(queued.poll());
        }
    }

    /** Answers every waiting request (sent or queued) with {@code -32603 message}; used when giving up. */
    void answerAll(String message) {
        List<InFlightTable.Entry> all;
        synchronized (lock) {
            all = inFlight.drain();
            queued.clear();
        }
        for (InFlightTable.Entry entry : all) {
            writeClient(ProtocolErrors.error(entry.id, -32603, message));
        }
    }

    /** Answers the requests already sent to the current leader with {@code -32603 message} (MI-29). */
    int answerSent(String message) {
        List<InFlightTable.Entry> sent;
        synchronized (lock) {
            sent = inFlight.drainSent();
        }
        for (InFlightTable.Entry entry : sent) {
            writeClient(ProtocolErrors.error(entry.id, -32603, message));
        }
        return sent.size();
    }

    boolean idle() {
        synchronized (lock) {
            return inFlight.isEmpty();
        }
    }

    /** The send time of the oldest request awaiting the current leader, if any. */
    java.util.OptionalLong oldestSentAt() {
        synchronized (lock) {
            return inFlight.oldestSentAt();
        }
    }

    static boolean isProxyId(JsonRpcId id) {
        return id != null && id.isString() && id.stringValue().startsWith(PROXY_ID_PREFIX);
    }

    long lastHeardNanos() {
        return lastHeardNanos;
    }
}
