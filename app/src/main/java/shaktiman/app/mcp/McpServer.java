package shaktiman.app.mcp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shaktiman.app.config.TestHooks;
import shaktiman.app.query.QueryTools;
import shaktiman.app.query.UsageJson;
import shaktiman.core.tools.ArgumentParser;
import shaktiman.core.tools.CallMetrics;
import shaktiman.core.tools.DaemonStatus;
import shaktiman.core.tools.ToolCatalog;
import shaktiman.core.tools.ToolDefaults;
import shaktiman.core.tools.ToolSpec;
import shaktiman.core.tools.UsageReport;

/**
 * The leader's MCP server: the tool registry, the server identity, the leader-wide limit on concurrent tool calls
 * (MCP-20, FIFO), the in-memory call metrics (MCP-49), the hand-over of every call to the persisted metrics (MCP-47)
 * and the sessions (MCP-5). Each client connection, and the
 * leader's own stdio, is one {@link McpSession} opened here.
 *
 * <p>Shutdown (MI-52) is driven by the owner: {@link #stopReading()}, then {@link #awaitInFlight(Duration)}, then
 * {@link #cancelAll()}; {@link #close()} does all three with a 2 s wait. Thread-safe.
 */
public final class McpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(McpServer.class);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

    /**
     * How the server is set up.
     *
     * @param version the build version, as {@code shaktimand --version} prints it (MCP-12)
     * @param startedAt when this process became leader (the metrics' {@code daemon_session})
     * @param maxConcurrentCalls {@code mcp.max_concurrent_calls}, 1 to 256
     * @param callTimeout {@code mcp.call_timeout_s}: how long a tool call may run before it is stopped and answered
     *     with MCP-50's timeout error
     * @param hooks the test knobs; {@code toolDelayMs} delays every tool call
     * @param projectRoot the project root, against which absolute path arguments are made relative (MCP-24)
     * @param toolDefaults the configured defaults the tool listings show and calls apply (MCP-14)
     * @param contextEnabled {@code context.enabled}: whether the {@code context} tool is listed (MCP-28)
     */
    public record Options(
            String version,
            Instant startedAt,
            int maxConcurrentCalls,
            Duration callTimeout,
            TestHooks hooks,
            Path projectRoot,
            ToolDefaults toolDefaults,
            boolean contextEnabled) {

        /** The default of {@code mcp.max_concurrent_calls} (MCP-20). */
        public static final int DEFAULT_MAX_CONCURRENT_CALLS = 16;

        /** The default of {@code mcp.call_timeout_s} (MCP-50). */
        public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(30);

        public Options {
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(startedAt, "startedAt");
            Objects.requireNonNull(callTimeout, "callTimeout");
            Objects.requireNonNull(hooks, "hooks");
            if (!callTimeout.isPositive()) {
                throw new IllegalArgumentException("callTimeout must be positive; got " + callTimeout);
            }
            Objects.requireNonNull(projectRoot, "projectRoot");
            Objects.requireNonNull(toolDefaults, "toolDefaults");
            if (maxConcurrentCalls < 1 || maxConcurrentCalls > 256) {
                throw new IllegalArgumentException(
                        "maxConcurrentCalls must be from 1 to 256; got " + maxConcurrentCalls);
            }
        }
    }

    private final Options options;
    private final InstantSource clock;
    private final SummarySource summarySource;
    private final CallRecorder recorder;
    private final ObjectMapper mapper = McpJson.newMapper();
    private final ToolRegistry tools;
    private final SummaryMcpTool summaryTool;
    private final CallStats daemonStats = new CallStats();
    private final StrategyMix strategyMix = new StrategyMix();
    private final Semaphore callPermits;
    private final long toolDelayMs;
    private final long pid = ProcessHandle.current().pid();
    private final ThreadFactory callThreads =
            Thread.ofVirtual().name("mcp-call-", 0).factory();
    private final ScheduledThreadPoolExecutor timer = newTimer();
    private final Set<McpSession> sessions = ConcurrentHashMap.newKeySet();
    private final Object inFlightLock = new Object();
    private int inFlight; // guarded by inFlightLock
    private volatile boolean reading = true;

    /**
     * A server whose {@code summary} and {@code enrichment_status} read {@code summarySource}, whose five query tools
     * run on {@code queries}, and whose calls are counted in memory only (MCP-49), not persisted.
     */
    public McpServer(Options options, SummarySource summarySource, QueryTools queries) {
        this(options, summarySource, queries, CallRecorder.none());
    }

    /**
     * As {@link #McpServer(Options, SummarySource, QueryTools)}, and hands every call that reaches a tool to
     * {@code recorder} (MCP-47, MCP-48).
     */
    public McpServer(Options options, SummarySource summarySource, QueryTools queries, CallRecorder recorder) {
        this(options, summarySource, queries, recorder, InstantSource.system());
    }

    McpServer(
            Options options,
            SummarySource summarySource,
            QueryTools queries,
            CallRecorder recorder,
            InstantSource clock) {
        this.options = Objects.requireNonNull(options, "options");
        this.summarySource = Objects.requireNonNull(summarySource, "summarySource");
        Objects.requireNonNull(queries, "queries");
        this.recorder = Objects.requireNonNull(recorder, "recorder");
        this.clock = Objects.requireNonNull(clock, "clock");
        ToolArguments arguments = new ToolArguments(new ArgumentParser(options.projectRoot()), mapper);
        this.summaryTool = new SummaryMcpTool(summarySource, arguments);
        this.tools = new ToolRegistry(tools(options, arguments, summaryTool, summarySource, queries));
        // Fair, so waiting calls start in arrival order (MCP-20).
        this.callPermits = new Semaphore(options.maxConcurrentCalls(), true);
        this.toolDelayMs = options.hooks().toolDelayMs().orElse(0);
    }

    /**
     * The listed tools (MCP-14): {@code summary}, {@code enrichment_status} and the five query tools with the configured
     * defaults, {@code context} only when enabled.
     */
    private static List<McpTool> tools(
            Options options,
            ToolArguments arguments,
            SummaryMcpTool summary,
            SummarySource summarySource,
            QueryTools queries) {
        List<McpTool> tools = new ArrayList<>(List.of(summary));
        for (ToolSpec spec : ToolCatalog.all(options.toolDefaults())) {
            boolean listed = !spec.name().equals(ToolCatalog.SUMMARY)
                    && (options.contextEnabled() || !spec.name().equals(ToolCatalog.CONTEXT));
            if (listed) {
                ToolHandler handler = spec.name().equals(ToolCatalog.ENRICHMENT_STATUS)
                        ? ToolHandler.enrichmentStatus(summarySource)
                        : ToolHandler.query(queries);
                tools.add(new SpecMcpTool(spec, arguments, handler));
            }
        }
        return tools;
    }

    /** Opens a session whose output failure is logged and closes the session (a socket client that went away). */
    public McpSession openSession(String sessionId, LineSink out) {
        return openSession(sessionId, out, (session, cause) -> {
            LOG.atWarn()
                    .addKeyValue("session", session.id())
                    .addKeyValue("reason", cause.getMessage())
                    .log("MCP session output failed; closing the session");
            session.close();
        });
    }

    /**
     * Opens a session that writes to {@code out} and reports an output failure to {@code listener} (the leader's stdio
     * session shuts the leader down, MI-54).
     */
    public McpSession openSession(String sessionId, LineSink out, SessionListener listener) {
        McpSession session = new McpSession(this, sessionId, out, listener);
        sessions.add(session);
        LOG.atDebug().addKeyValue("session", sessionId).log("MCP session opened");
        return session;
    }

    /** MI-52 step 1: every session stops taking new requests; lines that arrive later get no answer. */
    public void stopReading() {
        reading = false;
    }

    /**
     * MI-52 step 3: waits until every request being answered off a reader thread has finished and written its
     * response, or until {@code timeout} passes.
     *
     * @return whether none is left
     */
    public boolean awaitInFlight(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (inFlightLock) {
            while (inFlight > 0) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return false;
                }
                Duration wait = Duration.ofNanos(remaining);
                inFlightLock.wait(Math.max(1, wait.toMillis()));
            }
            return true;
        }
    }

    /**
     * The index changed (a batch was committed): every session subscribed to the summary gets MCP-53's
     * {@code notifications/resources/updated}, at most once per 2 s. Cheap and non-blocking; any thread.
     */
    public void indexChanged() {
        sessions.forEach(McpSession::summaryChanged);
    }

    ScheduledExecutorService timer() {
        return timer;
    }

    /** Cancels every in-flight request of every session; none of them is answered (MI-52, MCP-21). */
    public void cancelAll() {
        sessions.forEach(McpSession::cancelInFlight);
    }

    /** The number of open sessions. */
    public int sessionCount() {
        return sessions.size();
    }

    /** The registered tool names, sorted. */
    public List<String> toolNames() {
        return tools.names();
    }

    /** Stops reading, cancels what is in flight, closes every session and waits up to 2 s for the calls to end. */
    @Override
    public void close() {
        stopReading();
        cancelAll();
        sessions.forEach(McpSession::close);
        try {
            if (!awaitInFlight(CLOSE_WAIT)) {
                LOG.atWarn()
                        .addKeyValue("wait_ms", CLOSE_WAIT.toMillis())
                        .log("MCP calls still running after cancellation; closing anyway");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.atWarn().log("interrupted while waiting for MCP calls to end; closing anyway");
        } finally {
            timer.shutdownNow();
        }
    }

    private static ScheduledThreadPoolExecutor newTimer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(
                1, Thread.ofPlatform().name("mcp-timer").daemon(true).factory());
        // Nearly every call ends long before its deadline: drop those timers at once instead of keeping them queued.
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    /** Stops {@code call} once it has run for {@code mcp.call_timeout_s} (MCP-50); cancel the returned timer when done. */
    Future<?> scheduleDeadline(InFlightCall call) {
        return timer.schedule(call::expire, options.callTimeout().toNanos(), TimeUnit.NANOSECONDS);
    }

    StrategyMix strategyMix() {
        return strategyMix;
    }

    /** MCP-54's view: the calls recorded in the last day, and this leader's live strategy mix and cache counts. */
    ObjectNode metricsJson() {
        Instant now = clock.instant();
        Instant since = now.minus(SessionMethods.METRICS_WINDOW).truncatedTo(ChronoUnit.SECONDS);
        return UsageJson.withLive(
                UsageReport.of(since, summarySource.toolCallsSince(since)),
                options.startedAt().toString(),
                strategyMix.snapshot(),
                summarySource.queryEmbeddingCache());
    }

    Duration callTimeout() {
        return options.callTimeout();
    }

    ObjectMapper mapper() {
        return mapper;
    }

    ToolRegistry tools() {
        return tools;
    }

    SummaryMcpTool summaryTool() {
        return summaryTool;
    }

    String version() {
        return options.version();
    }

    boolean reading() {
        return reading;
    }

    Semaphore callPermits() {
        return callPermits;
    }

    long toolDelayMs() {
        return toolDelayMs;
    }

    CallStats daemonStats() {
        return daemonStats;
    }

    CallRecorder recorder() {
        return recorder;
    }

    Instant now() {
        return clock.instant();
    }

    DaemonStatus daemonStatus() {
        long uptime = Math.max(
                0, Duration.between(options.startedAt(), clock.instant()).toSeconds());
        return DaemonStatus.leader(pid, options.version(), uptime, sessions.size());
    }

    CallMetrics metrics(McpSession session) {
        return new CallMetrics(
                recorder.dropped(), daemonStats.snapshot(), session.stats().snapshot());
    }

    /** Runs {@code task} on its own virtual thread, counted as in flight until it ends (MCP-20). */
    void startCall(Runnable task) {
        synchronized (inFlightLock) {
            inFlight++;
        }
        try {
            callThreads
                    .newThread(() -> {
                        try {
                            task.run();
                        } finally {
                            callEnded();
                        }
                    })
                    .start();
        } catch (RuntimeException e) {
            callEnded();
            throw e;
        }
    }

    void sessionClosed(McpSession session) {
        if (sessions.remove(session)) {
            LOG.atDebug().addKeyValue("session", session.id()).log("MCP session closed");
        }
    }

    private void callEnded() {
        synchronized (inFlightLock) {
            inFlight--;
            inFlightLock.notifyAll();
        }
    }
}
