package shaktiman.app.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shaktiman.app.mcp.wire.CallToolResult;
import shaktiman.app.mcp.wire.InitializeResult;
import shaktiman.app.mcp.wire.McpMethods;
import shaktiman.app.mcp.wire.ReadResourceResult;
import shaktiman.app.mcp.wire.ResourceTemplatesListResult;
import shaktiman.app.mcp.wire.ResourcesListResult;
import shaktiman.app.mcp.wire.ToolsListResult;
import shaktiman.core.port.ToolCallRecord;
import shaktiman.core.query.QueryCancelledException;
import shaktiman.core.query.SessionHistory;
import shaktiman.core.tools.CallMetrics;
import shaktiman.core.tools.DaemonStatus;

/**
 * The MCP methods of one session, as jsonrpc4j invokes them. Parameters have passed MCP-8's checks in
 * {@link McpSession}; {@code tools/call} and {@code resources/read} run on a call thread with {@link #CURRENT_CALL}
 * bound.
 */
final class SessionMethods implements McpMethods {

    private static final Logger LOG = LoggerFactory.getLogger(SessionMethods.class);

    static final String SUMMARY_URI = "shaktiman://workspace/summary";

    /** MCP-54's usage view. */
    static final String METRICS_URI = "shaktiman://metrics";

    /** The metrics resource reports the calls recorded in this window. */
    static final Duration METRICS_WINDOW = Duration.ofHours(24);

    /** The in-flight call a call thread serves. */
    static final ScopedValue<InFlightCall> CURRENT_CALL = ScopedValue.newInstance();

    private final McpServer server;
    private final McpSession session;

    SessionMethods(McpServer server, McpSession session) {
        this.server = server;
        this.session = session;
    }

    @Override
    public InitializeResult initialize(ObjectNode params) {
        // A repeated initialize negotiates again and keeps the session's history (MCP-10).
        ProtocolVersion version = ProtocolVersion.negotiate(params.get("protocolVersion"));
        session.negotiated(version);
        JsonNode client = params.path("clientInfo");
        LOG.atInfo()
                .addKeyValue("session", session.id())
                .addKeyValue("protocol_version", version.text())
                .addKeyValue("client", client.path("name").asText("unknown"))
                .addKeyValue("client_version", client.path("version").asText("unknown"))
                .log("MCP session initialized");
        return new InitializeResult(
                version.text(),
                InitializeResult.Capabilities.declared(),
                new InitializeResult.ServerInfo(
                        "shaktiman",
                        version.hasTitlesAndStructuredContent() ? "Shaktiman code index" : null,
                        server.version()),
                Instructions.TEXT);
    }

    @Override
    public ToolsListResult listTools(ObjectNode params) {
        // cursor is ignored: the list is never paged (MCP-14).
        return server.tools().list(session.version());
    }

    @Override
    public CallToolResult callTool(ObjectNode params) throws InterruptedException {
        InFlightCall call = CURRENT_CALL.get();
        String name = params.get("name").textValue();
        McpTool tool = server.tools()
                .find(name)
                .orElseThrow(() -> new AssertionError("tools/call reached dispatch with unknown tool " + name));
        JsonNode given = params.get("arguments");
        ObjectNode arguments =
                given instanceof ObjectNode object ? object : server.mapper().createObjectNode();
        Semaphore permits = server.callPermits();
        boolean permitted = false;
        long started = System.nanoTime();
        Instant startedAt = server.now();
        ToolCallRecord.Outcome outcome = ToolCallRecord.Outcome.ERROR;
        McpTool.Result result = null;
        Future<?> deadline = null;
        try {
            call.interruptibly(permits::acquire);
            permitted = true;
            started = System.nanoTime();
            startedAt = server.now();
            // MCP-50 counts from the start of the run, so a call queued behind others is not blamed for their time.
            deadline = server.scheduleDeadline(call);
            long delay = server.toolDelayMs();
            if (delay > 0) {
                call.interruptibly(() -> Thread.sleep(delay));
            }
            result = run(tool, arguments, call);
            if (call.expired()) {
                result = timedOut(name);
            }
            outcome =
                    result instanceof McpTool.Result.Success ? ToolCallRecord.Outcome.OK : ToolCallRecord.Outcome.ERROR;
            if (result instanceof McpTool.Result.Success success) {
                server.strategyMix().record(success.structured());
            }
            return render(result);
        } catch (InterruptedException e) {
            if (call.expired() && !call.cancelled()) {
                result = timedOut(name);
                return render(result);
            }
            outcome = ToolCallRecord.Outcome.CANCELLED;
            throw e;
        } finally {
            if (deadline != null) {
                deadline.cancel(false);
            }
            if (permitted) {
                permits.release();
            }
            if (call.cancelled()) {
                outcome = ToolCallRecord.Outcome.CANCELLED;
            }
            long duration = permitted ? System.nanoTime() - started : 0;
            // After the answer is computed, so a summary's stats never include the summary itself (MCP-49).
            session.stats().record(name, outcome, duration);
            server.daemonStats().record(name, outcome, duration);
            server.recorder().record(finished(name, arguments, startedAt, duration, result, outcome));
        }
    }

    /** MCP-50's answer to a call that ran past {@code mcp.call_timeout_s}. */
    private McpTool.Result timedOut(String tool) {
        return new McpTool.Result.Failure(
                tool + " timed out after " + server.callTimeout().toSeconds() + " s; narrow the request");
    }

    /** MCP-47's record of a call that reached its tool; a cancelled call is never answered, so its T is empty. */
    private FinishedCall finished(
            String tool,
            ObjectNode arguments,
            Instant startedAt,
            long durationNanos,
            McpTool.Result result,
            ToolCallRecord.Outcome outcome) {
        int resultCount = 0;
        String text = "";
        if (outcome != ToolCallRecord.Outcome.CANCELLED && result != null) {
            switch (result) {
                case McpTool.Result.Success success -> {
                    resultCount = Math.max(0, success.resultCount());
                    text = success.text();
                }
                case McpTool.Result.Failure failure -> text = failure.message();
            }
        }
        // JsonNode.toString() is compact JSON; the cut to MCP-47's 2,000 characters happens off this thread.
        return new FinishedCall(
                session.id(), tool, arguments.toString(), startedAt, durationNanos, resultCount, text, outcome);
    }

    @Override
    public ResourcesListResult listResources(ObjectNode params) {
        return new ResourcesListResult(List.of(new ResourcesListResult.Resource(
                SUMMARY_URI,
                "workspace-summary",
                session.version().hasTitlesAndStructuredContent() ? "Workspace summary" : null,
                "The summary tool's output as JSON: index state, counts, languages, embedding and daemon health.",
                "application/json")));
    }

    @Override
    public ReadResourceResult readResource(ObjectNode params) {
        String uri = params.get("uri").textValue();
        String text;
        if (METRICS_URI.equals(uri)) {
            text = server.metricsJson().toString();
        } else {
            SummaryMcpTool summary = server.summaryTool();
            text = summary.compact(summary.structured(context(CURRENT_CALL.get())));
        }
        return new ReadResourceResult(List.of(new ReadResourceResult.Contents(uri, "application/json", text)));
    }

    @Override
    public ResourceTemplatesListResult listResourceTemplates(ObjectNode params) {
        return ResourceTemplatesListResult.none();
    }

    private McpTool.Result run(McpTool tool, ObjectNode arguments, InFlightCall call) throws InterruptedException {
        try {
            return tool.call(arguments, context(call));
        } catch (QueryCancelledException e) {
            // The engine saw the stop flag: a cancellation or MCP-50's deadline, not a failure of the tool.
            InterruptedException stopped =
                    new InterruptedException("request " + call.id().json() + " stopped");
            stopped.initCause(e);
            throw stopped;
        } catch (RuntimeException e) {
            // MCP-19: a failing tool answers isError with one short line; the trace goes to the log.
            LOG.atError()
                    .setCause(e)
                    .addKeyValue("session", session.id())
                    .addKeyValue("id", call.id().json())
                    .addKeyValue("tool", tool.name())
                    .log("tool failed");
            return new McpTool.Result.Failure(
                    Reasons.oneLine(tool.name() + " failed: " + Reasons.shortReason(e), Reasons.MAX_REASON));
        }
    }

    private CallToolResult render(McpTool.Result result) {
        return switch (result) {
            case McpTool.Result.Success success ->
                CallToolResult.success(
                        success.text(),
                        session.version().hasTitlesAndStructuredContent() ? success.structured() : null);
            case McpTool.Result.Failure failure -> CallToolResult.failure(failure.message());
        };
    }

    private ToolContext context(InFlightCall call) {
        return new ToolContext() {
            @Override
            public String sessionId() {
                return session.id();
            }

            @Override
            public boolean cancelled() {
                return call.stopRequested();
            }

            @Override
            public SessionHistory history() {
                return session.history();
            }

            @Override
            public DaemonStatus daemonStatus() {
                return server.daemonStatus();
            }

            @Override
            public CallMetrics metrics() {
                return server.metrics(session);
            }
        };
    }
}
