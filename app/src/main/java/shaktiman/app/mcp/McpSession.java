package shaktiman.app.mcp;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shaktiman.app.protocol.Inspection;
import shaktiman.app.protocol.JsonRpcId;
import shaktiman.app.protocol.LineReader;
import shaktiman.app.protocol.MessageInspector;
import shaktiman.app.protocol.ProtocolErrors;
import shaktiman.core.query.SessionHistory;

/**
 * One MCP session (MCP-5, MI-21): the leader's stdio or one socket connection. Lines are pushed in with
 * {@link #accept(byte[])} by one reader thread (or replayed by a promoted proxy); each is inspected, checked against
 * MCP-8 and, when it is a request, handed to jsonrpc4j. {@code ping} and the cheap requests are answered on the reader
 * thread; {@code tools/call} and {@code resources/read} run on their own virtual threads, so answers may go out of
 * order. Notifications never get a reply (MCP-9).
 */
public final class McpSession implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(McpSession.class);

    private static final Set<String> METHODS = Set.of(
            "initialize",
            "tools/list",
            "tools/call",
            "resources/list",
            "resources/read",
            "resources/subscribe",
            "resources/unsubscribe",
            "resources/templates/list");

    /** Why {@link #run(InputStream)} returned. */
    public enum EndReason {
        /** The input ended. */
        EOF,
        /** Reading the input failed. */
        INPUT_FAILED,
        /** A write failed: the client is gone. */
        OUTPUT_FAILED,
        /** The session was closed or the server stopped reading. */
        CLOSED
    }

    private final McpServer server;
    private final String id;
    private final LineSink out;
    private final SessionListener listener;
    private final ObjectMapper mapper;
    private final RpcDispatcher dispatcher;
    private final CallStats stats = new CallStats();
    /** MCP-43's history: starts empty with the session and goes with it (MCP-5). */
    private final SessionHistory history = SessionHistory.create(Clock.systemUTC());

    private final Map<JsonRpcId, InFlightCall> inFlight = new ConcurrentHashMap<>();
    private final SummarySubscription subscription;
    private final AtomicBoolean outputFailed = new AtomicBoolean();
    private volatile ProtocolVersion version = ProtocolVersion.LATEST;
    private volatile boolean initialized;
    private volatile boolean closed;

    McpSession(McpServer server, String id, LineSink out, SessionListener listener) {
        this.server = server;
        this.id = Objects.requireNonNull(id, "id");
        this.out = Objects.requireNonNull(out, "out");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.subscription = new SummarySubscription(this::sendSummaryUpdated, server.timer(), System::nanoTime);
        this.mapper = server.mapper();
        this.dispatcher = new RpcDispatcher(mapper, new SessionMethods(server, this));
    }

    /** The session id, as logs and metrics name the connection. */
    public String id() {
        return id;
    }

    /** Whether {@code notifications/initialized} has arrived. */
    public boolean initialized() {
        return initialized;
    }

    /**
     * Handles one line (without terminator). Returns once the line is answered or handed to a call thread; never
     * throws for bad input.
     */
    public void accept(byte[] line) {
        if (!open()) {
            LOG.atDebug().addKeyValue("session", id).log("line ignored: the session no longer reads");
            return;
        }
        switch (MessageInspector.inspect(line)) {
            case Inspection.ParseError error -> {
                LOG.atDebug()
                        .addKeyValue("session", id)
                        .addKeyValue("reason", error.reason())
                        .log("parse error");
                send(ProtocolErrors.parseError());
            }
            case Inspection.NotAnObject notObject -> send(ProtocolErrors.invalidRequest(null));
            case Inspection.InvalidRequest invalid -> {
                LOG.atDebug()
                        .addKeyValue("session", id)
                        .addKeyValue("reason", invalid.reason())
                        .log("invalid request");
                send(ProtocolErrors.invalidRequest(invalid.id()));
            }
            case Inspection.Request request -> onRequest(request, line);
            case Inspection.Notification notification -> onNotification(notification);
            case Inspection.MalformedNotification malformed ->
                LOG.atDebug()
                        .addKeyValue("session", id)
                        .addKeyValue("reason", malformed.reason())
                        .log("malformed notification ignored");
            case Inspection.Response response ->
                LOG.atDebug()
                        .addKeyValue("session", id)
                        .addKeyValue("id", String.valueOf(response.id()))
                        .log("response from the client ignored: the server sends no requests");
        }
    }

    /** Answers a line the reader discarded for its size (MI-19). */
    public void acceptOversized(long bytes, JsonRpcId requestId) {
        if (!open()) {
            return;
        }
        LOG.atWarn().addKeyValue("session", id).addKeyValue("bytes", bytes).log("line over the 64 MiB limit discarded");
        send(ProtocolErrors.oversizedMessage(requestId, bytes));
    }

    /**
     * Reads lines from {@code in} with a {@link LineReader} and accepts each, until EOF, a read or write failure, or
     * the session stops reading. The caller closes the session afterwards.
     */
    public EndReason run(InputStream in) {
        LineReader reader = new LineReader(in);
        while (true) {
            if (outputFailed.get()) {
                return EndReason.OUTPUT_FAILED;
            }
            if (!open()) {
                return EndReason.CLOSED;
            }
            LineReader.Event event;
            try {
                event = reader.next();
            } catch (IOException e) {
                LOG.atWarn()
                        .addKeyValue("session", id)
                        .addKeyValue("reason", e.getMessage())
                        .log("MCP session input failed");
                return EndReason.INPUT_FAILED;
            }
            switch (event) {
                case LineReader.Line line -> accept(line.bytes());
                case LineReader.Oversized oversized -> acceptOversized(oversized.length(), oversized.id());
                case LineReader.Eof eof -> {
                    return EndReason.EOF;
                }
            }
        }
    }

    /** Cancels this session's in-flight requests (none is answered), stops reading and frees its state. Idempotent. */
    @Override
    public void close() {
        closed = true;
        subscription.unsubscribe();
        cancelInFlight();
        server.sessionClosed(this);
    }

    void cancelInFlight() {
        inFlight.values().forEach(call -> cancel(call.id()));
    }

    CallStats stats() {
        return stats;
    }

    SessionHistory history() {
        return history;
    }

    ProtocolVersion version() {
        return version;
    }

    void negotiated(ProtocolVersion version) {
        this.version = version;
    }

    private boolean open() {
        return !closed && !outputFailed.get() && server.reading();
    }

    private void onNotification(Inspection.Notification notification) {
        switch (notification.method()) {
            case "notifications/initialized" -> initialized = true;
            case "notifications/cancelled" -> {
                if (notification.cancelledRequestId() != null) {
                    cancel(notification.cancelledRequestId());
                }
            }
            default ->
                LOG.atDebug()
                        .addKeyValue("session", id)
                        .addKeyValue("method", notification.method())
                        .log("notification ignored");
        }
    }

    private void cancel(JsonRpcId requestId) {
        InFlightCall call = inFlight.get(requestId);
        if (call != null && call.cancel()) {
            // The id is free again at once; the call thread writes nothing (MCP-21).
            inFlight.remove(requestId, call);
            LOG.atDebug()
                    .addKeyValue("session", id)
                    .addKeyValue("id", requestId.json())
                    .addKeyValue("method", call.method())
                    .log("request cancelled");
        }
    }

    private void onRequest(Inspection.Request request, byte[] line) {
        long started = System.nanoTime();
        JsonRpcId requestId = request.id();
        String method = request.method();
        if (inFlight.containsKey(requestId)) {
            send(ProtocolErrors.duplicateRequestId(requestId));
            return;
        }
        if (method.equals("ping")) {
            // Answered here, never behind tool work (MCP-10, MI-21).
            ObjectNode response = envelope(idNode(requestId));
            response.putObject("result");
            respond(requestId, response);
            logRequest(requestId, method, started);
            return;
        }
        if (!METHODS.contains(method)) {
            send(ProtocolErrors.methodNotFound(requestId, method));
            return;
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(line);
        } catch (IOException e) {
            // The inspector skips nested strings without decoding them; the full parse can still find bad text.
            LOG.atDebug()
                    .addKeyValue("session", id)
                    .addKeyValue("reason", e.getMessage())
                    .log("parse error");
            send(ProtocolErrors.parseError());
            return;
        }
        JsonNode paramsNode = tree.get("params");
        ObjectNode params;
        if (paramsNode == null || paramsNode.isNull()) {
            params = mapper.createObjectNode();
        } else if (paramsNode instanceof ObjectNode object) {
            params = object;
        } else {
            send(ProtocolErrors.invalidParams(requestId, "params must be an object"));
            return;
        }
        JsonNode idNode = tree.get("id");
        switch (method) {
            case "tools/call" -> {
                if (checkToolCall(requestId, params)) {
                    startCall(requestId, idNode, method, params, started);
                }
            }
            case "resources/read" -> {
                if (checkResourceRead(requestId, params)) {
                    startCall(requestId, idNode, method, params, started);
                }
            }
            case "resources/subscribe", "resources/unsubscribe" -> {
                if (checkSubscription(requestId, method, params)) {
                    if (method.equals("resources/subscribe")) {
                        subscription.subscribe();
                    } else {
                        subscription.unsubscribe();
                    }
                    ObjectNode response = envelope(idNode);
                    response.putObject("result");
                    respond(requestId, response);
                    logRequest(requestId, method, started);
                }
            }
            default -> {
                answer(requestId, () -> dispatcher.dispatch(idNode, method, params));
                logRequest(requestId, method, started);
            }
        }
    }

    /** MI-36: at DEBUG, one record per answered request. */
    private void logRequest(JsonRpcId requestId, String method, long startedNanos) {
        LOG.atDebug()
                .addKeyValue("session", id)
                .addKeyValue("method", method)
                .addKeyValue("id", requestId.json())
                .addKeyValue("ms", (System.nanoTime() - startedNanos) / 1_000_000.0)
                .log("request");
    }

    /** MCP-8's checks of tools/call, answered here so jsonrpc4j only ever sees a known tool. */
    private boolean checkToolCall(JsonRpcId requestId, ObjectNode params) {
        JsonNode name = params.get("name");
        if (name == null || !name.isTextual()) {
            send(ProtocolErrors.invalidParams(requestId, "tools/call requires a string 'name'"));
            return false;
        }
        JsonNode arguments = params.get("arguments");
        if (arguments != null && !arguments.isNull() && !arguments.isObject()) {
            send(ProtocolErrors.invalidParams(requestId, "'arguments' must be an object"));
            return false;
        }
        if (server.tools().find(name.textValue()).isEmpty()) {
            send(ProtocolErrors.unknownTool(
                    requestId, name.textValue(), server.tools().names()));
            return false;
        }
        return true;
    }

    private boolean checkResourceRead(JsonRpcId requestId, ObjectNode params) {
        JsonNode uri = params.get("uri");
        if (uri == null || !uri.isTextual()) {
            send(ProtocolErrors.invalidParams(requestId, "resources/read requires a string 'uri'"));
            return false;
        }
        // The metrics resource (MCP-54) is readable but not listed: P9 has the summary as the only listed resource.
        if (!SessionMethods.SUMMARY_URI.equals(uri.textValue())
                && !SessionMethods.METRICS_URI.equals(uri.textValue())) {
            send(ProtocolErrors.resourceNotFound(requestId, uri.textValue()));
            return false;
        }
        return true;
    }

    /** MCP-53: only the summary resource changes, so only it can be subscribed to. */
    private boolean checkSubscription(JsonRpcId requestId, String method, ObjectNode params) {
        JsonNode uri = params.get("uri");
        if (uri == null || !uri.isTextual()) {
            send(ProtocolErrors.invalidParams(requestId, method + " requires a string 'uri'"));
            return false;
        }
        if (!SessionMethods.SUMMARY_URI.equals(uri.textValue())) {
            send(ProtocolErrors.resourceNotFound(requestId, uri.textValue()));
            return false;
        }
        return true;
    }

    /** The index changed: a subscribed session hears of it (MCP-53). */
    void summaryChanged() {
        if (!closed) {
            subscription.changed();
        }
    }

    private void sendSummaryUpdated() {
        ObjectNode notification = mapper.createObjectNode();
        notification.put("jsonrpc", "2.0");
        notification.put("method", "notifications/resources/updated");
        notification.putObject("params").put("uri", SessionMethods.SUMMARY_URI);
        try {
            send(mapper.writeValueAsBytes(notification));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the resources/updated notification", e);
        }
    }

    private void startCall(JsonRpcId requestId, JsonNode idNode, String method, ObjectNode params, long startedNanos) {
        InFlightCall call = new InFlightCall(requestId, method);
        inFlight.put(requestId, call);
        server.startCall(() -> {
            try {
                ObjectNode response = ScopedValue.where(SessionMethods.CURRENT_CALL, call)
                        .call(() -> dispatcher.dispatch(idNode, method, params));
                if (call.complete()) {
                    inFlight.remove(requestId, call);
                    respond(requestId, response);
                    logRequest(requestId, method, startedNanos);
                }
            } catch (RuntimeException e) {
                LOG.atError()
                        .setCause(e)
                        .addKeyValue("session", id)
                        .addKeyValue("id", requestId.json())
                        .addKeyValue("method", method)
                        .log("MCP request failed");
                if (call.complete()) {
                    inFlight.remove(requestId, call);
                    send(ProtocolErrors.internalError(requestId, Reasons.shortReason(e)));
                }
            } finally {
                inFlight.remove(requestId, call);
            }
        });
    }

    private interface Answer {
        ObjectNode compute();
    }

    private void answer(JsonRpcId requestId, Answer answer) {
        ObjectNode response;
        try {
            response = answer.compute();
        } catch (RuntimeException e) {
            LOG.atError()
                    .setCause(e)
                    .addKeyValue("session", id)
                    .addKeyValue("id", requestId.json())
                    .log("MCP request failed");
            send(ProtocolErrors.internalError(requestId, Reasons.shortReason(e)));
            return;
        }
        respond(requestId, response);
    }

    private void respond(JsonRpcId requestId, ObjectNode response) {
        byte[] bytes;
        try {
            bytes = mapper.writeValueAsBytes(response);
        } catch (JsonProcessingException e) {
            LOG.atError()
                    .setCause(e)
                    .addKeyValue("session", id)
                    .addKeyValue("id", requestId.json())
                    .log("cannot serialise an MCP response");
            send(ProtocolErrors.internalError(requestId, "cannot serialise the response"));
            return;
        }
        if (bytes.length > LineReader.MAX_LINE_BYTES) {
            LOG.atWarn()
                    .addKeyValue("session", id)
                    .addKeyValue("id", requestId.json())
                    .addKeyValue("bytes", bytes.length)
                    .log("response over the 64 MiB limit replaced by an error");
            send(ProtocolErrors.responseTooLarge(requestId));
            return;
        }
        send(bytes);
    }

    private ObjectNode envelope(JsonNode idNode) {
        ObjectNode response = mapper.createObjectNode();
        response.put("jsonrpc", "2.0");
        response.set("id", idNode);
        return response;
    }

    private JsonNode idNode(JsonRpcId requestId) {
        try {
            return mapper.readTree(requestId.json());
        } catch (JsonProcessingException e) {
            throw new AssertionError("a request id is valid JSON by construction: " + requestId, e);
        }
    }

    private void send(byte[] line) {
        if (outputFailed.get()) {
            return;
        }
        try {
            out.send(line);
        } catch (IOException e) {
            if (outputFailed.compareAndSet(false, true)) {
                listener.outputFailed(this, e);
            }
        }
    }
}
