package shaktiman.app.daemon;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shaktiman.adapters.store.SqliteIndexStore;
import shaktiman.adapters.tokens.JtokkitTokenCounter;
import shaktiman.adapters.watch.MethvinWatcher;
import shaktiman.app.build.BuildInfo;
import shaktiman.app.config.Config;
import shaktiman.app.config.ConfigException;
import shaktiman.app.config.ConfigLoader;
import shaktiman.app.config.LoadedConfig;
import shaktiman.app.config.SampleConfig;
import shaktiman.app.config.TestHooks;
import shaktiman.app.embed.LeaderEmbedding;
import shaktiman.app.index.IndexPipeline;
import shaktiman.app.index.LoggingIndexEvents;
import shaktiman.app.mcp.LineSink;
import shaktiman.app.mcp.McpServer;
import shaktiman.app.mcp.McpSession;
import shaktiman.app.metrics.ToolCallLog;
import shaktiman.app.query.QueryAssembly;
import shaktiman.core.daemon.ProcessIdentity;
import shaktiman.core.daemon.ProjectLayout;
import shaktiman.core.daemon.ReadyNote;
import shaktiman.core.index.CommitHookStore;
import shaktiman.core.index.live.LiveIndex;
import shaktiman.core.port.BatchResult;
import shaktiman.core.port.IndexStore;
import shaktiman.core.port.IndexStoreException;
import shaktiman.core.port.LockPort;
import shaktiman.core.port.TransportException;
import shaktiman.core.port.TransportPort;
import shaktiman.core.port.Watcher;

/**
 * The leader's assembly (MI-7 steps 8–12, MI-52): config, store, embedding side, index pipeline and live index (with
 * its watcher), MCP server, socket and its sessions, built with plain constructors in dependency order and torn down in
 * reverse by the one shutdown routine.
 */
final class LeaderRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(LeaderRuntime.class);
    private static final Duration SHUTDOWN_BUDGET = Duration.ofSeconds(5);
    private static final Duration IN_FLIGHT_BUDGET = Duration.ofSeconds(2);
    /** Kept for steps 6–9 when step 5 waits for the index thread's last transaction. */
    private static final Duration AFTER_FLUSH_RESERVE = Duration.ofMillis(500);
    /** MCP-48: the metrics queue drains for at most this long at shutdown. */
    private static final Duration METRICS_DRAIN = Duration.ofMillis(500);

    /** What a leader is started with. */
    record Setup(
            ProjectLayout layout,
            LockPort lock,
            TransportPort transport,
            Map<String, String> env,
            TestHooks hooks,
            BuildInfo build,
            Instant startedAt,
            BlockingQueue<LifecycleEvent> events,
            PrintStream stderr) {}

    private final Setup setup;
    private final IndexStore store;
    private final LeaderEmbedding embedding;
    private final StartingLiveIndex live;
    private final McpServer server;
    private final ToolCallLog metrics;
    private final TransportPort.Listener listener;
    private final SocketSessions sessions;
    private final ScheduledExecutorService watchdog;
    private final AtomicInteger stdioSessions = new AtomicInteger();

    private LeaderRuntime(
            Setup setup,
            IndexStore store,
            LeaderEmbedding embedding,
            StartingLiveIndex live,
            McpServer server,
            ToolCallLog metrics,
            TransportPort.Listener listener,
            SocketSessions sessions,
            ScheduledExecutorService watchdog) {
        this.setup = setup;
        this.store = store;
        this.embedding = embedding;
        this.live = live;
        this.server = server;
        this.metrics = metrics;
        this.listener = listener;
        this.sessions = sessions;
        this.watchdog = watchdog;
    }

    /** Steps 8–12. On failure everything taken so far is released (the lock stays with the caller). */
    static LeaderRuntime start(Setup setup) throws LeaderStartException {
        ProjectLayout layout = setup.layout();
        Config config = loadConfig(setup);
        IndexStore store = openStore(layout, config);
        LeaderEmbedding embedding = null;
        StartingLiveIndex live = null;
        McpServer server = null;
        ToolCallLog metrics = null;
        try {
            // Builds the embedding side without reading anything; its vectors load after the bind (MI-13).
            embedding = LeaderEmbedding.open(config, layout, setup.hooks(), store);
            live = new StartingLiveIndex(store, config.watcher().enabled());
            metrics = ToolCallLog.start(
                    store.writer(),
                    new JtokkitTokenCounter(),
                    setup.startedAt(),
                    Duration.ofMillis(setup.hooks().metricsDelayMs().orElse(0)));
            server = new McpServer(
                    new McpServer.Options(
                            setup.build().version(),
                            setup.startedAt(),
                            config.mcp().maxConcurrentCalls(),
                            config.mcp().callTimeout(),
                            setup.hooks(),
                            layout.root(),
                            QueryAssembly.toolDefaults(config),
                            config.context().enabled()),
                    new LeaderSummarySource(layout.root(), store, live, embedding),
                    QueryAssembly.tools(config, store, live::notice, embedding),
                    metrics);
            TransportPort.Listener listener = bind(setup);
            SocketSessions sessions = new SocketSessions(listener, server, setup.hooks());
            ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().name("socket-watchdog").daemon(true).factory());
            LeaderRuntime runtime =
                    new LeaderRuntime(setup, store, embedding, live, server, metrics, listener, sessions, watchdog);
            sessions.start();
            LOG.atInfo().addKeyValue("socket", listener.path().toString()).log("socket listening");
            new ReadyNote(
                            ProcessIdentity.pid(),
                            Instant.now(),
                            listener.path(),
                            setup.build().version())
                    .writeTo(layout.readyFile());
            watchdog.scheduleWithFixedDelay(runtime::keepSocketBound, 5, 5, TimeUnit.SECONDS);
            // Step 12, after ready and off this thread (MI-13: loading the parsers would delay a takeover's bind):
            // the pipeline is built, the watcher registers, then the background startup scan begins (MI-9).
            LeaderEmbedding embeddingSide = embedding;
            McpServer subscribers = server;
            Consumer<BatchResult> afterCommit = result -> {
                embeddingSide.afterCommit(result);
                subscribers.indexChanged();
            };
            live.start(() -> assemble(layout, config, setup.hooks(), store, afterCommit));
            embedding.start();
            return runtime;
        } catch (LeaderStartException | RuntimeException e) {
            if (server != null) {
                server.close();
            }
            if (live != null) {
                live.close();
            }
            if (metrics != null) {
                metrics.drain(Duration.ZERO);
            }
            if (embedding != null) {
                embedding.close();
            }
            store.close();
            throw e;
        }
    }

    private static StartingLiveIndex.Assembled assemble(
            ProjectLayout layout, Config config, TestHooks hooks, IndexStore store, Consumer<BatchResult> afterCommit) {
        IndexPipeline pipeline = IndexPipeline.open(layout.root(), config, hooks);
        try {
            pipeline.reclassifyTests(store); // IX-39, before the index thread owns the writer
            // Every batch the live index commits, watcher or scan, reaches the embedding side (IX-47) and the
            // sessions subscribed to the summary (MCP-53).
            IndexStore indexed = new CommitHookStore(store, () -> {}, (batch, result) -> afterCommit.accept(result));
            LiveIndex live = pipeline.liveIndex(indexed, watcher(layout, config), new LoggingIndexEvents());
            return new StartingLiveIndex.Assembled(pipeline, live);
        } catch (RuntimeException e) {
            pipeline.close();
            throw e;
        }
    }

    /** The watcher of IX-62, or none when {@code watcher.enabled = false} ({@code summary.watcher: disabled}). */
    private static Optional<Watcher> watcher(ProjectLayout layout, Config config) {
        if (!config.watcher().enabled()) {
            return Optional.empty();
        }
        return Optional.of(new MethvinWatcher(
                layout.root(), Duration.ofMillis(config.watcher().debounceMs())));
    }

    private static Config loadConfig(Setup setup) throws LeaderStartException {
        ProjectLayout layout = setup.layout();
        try {
            SampleConfig.writeIfMissing(layout.configFile());
            LoadedConfig loaded = ConfigLoader.load(layout.configFile(), setup.env(), Map.of());
            for (String warning : loaded.warnings()) {
                LOG.atWarn().addKeyValue("warning", warning).log("config warning");
                setup.stderr().println("shaktimand: " + warning);
            }
            return loaded.config();
        } catch (ConfigException e) {
            for (String message : e.messages()) {
                LOG.atError().addKeyValue("error", message).log("config invalid");
            }
            throw new LeaderStartException(e.messages(), e);
        }
    }

    private static IndexStore openStore(ProjectLayout layout, Config config) throws LeaderStartException {
        try {
            // IX-35: a reader per concurrent call, at most 16.
            return SqliteIndexStore.openForWriting(
                    layout.indexDb(), Math.min(16, config.mcp().maxConcurrentCalls()));
        } catch (IndexStoreException e) {
            LOG.atError().setCause(e).log("cannot open index");
            // The store's message already names the file, the reason and the fix (MI-7 step 9).
            throw new LeaderStartException(List.of(e.getMessage()), e);
        }
    }

    private static TransportPort.Listener bind(Setup setup) throws LeaderStartException {
        try {
            return setup.transport().bind(setup.layout().socketPath());
        } catch (TransportException e) {
            LOG.atError().setCause(e).log("cannot bind socket");
            throw new LeaderStartException(List.of(e.getMessage()), e);
        }
    }

    /** MI-15: every 5 s, P must still be this leader's socket; if it is not, bind it again. */
    private void keepSocketBound() {
        try {
            if (listener.rebindIfLost()) {
                LOG.atWarn().addKeyValue("socket", listener.path().toString()).log("socket path was lost; rebound it");
            }
        } catch (TransportException e) {
            LOG.atError().setCause(e).log("cannot rebind the socket");
        }
    }

    /** The session on this process's own stdio (or the promoted proxy's client). */
    McpSession openStdioSession(LineSink sink) {
        return server.openSession("stdio-" + stdioSessions.incrementAndGet(), sink);
    }

    /** How the shutdown went: the exit code, how long it took, and the steps that failed or were cut short. */
    record ShutdownReport(int exitCode, long millis, List<String> skipped) {}

    /**
     * MI-52: the one shutdown routine, within 5 s, up to step 8. Exit code 0 when every step finished, 1 otherwise; the
     * caller releases the lock (step 9) and exits.
     */
    ShutdownReport shutdown(String reason) {
        long started = System.nanoTime();
        long deadline = started + SHUTDOWN_BUDGET.toNanos();
        List<String> skipped = new ArrayList<>();
        LOG.atInfo().addKeyValue("reason", reason).log("shutting down");
        step(skipped, "close listener", () -> {
            sessions.stopAccepting();
            server.stopReading();
        });
        step(skipped, "cancel watcher and scan", live::cancel);
        step(skipped, "finish in-flight requests", () -> {
            if (!awaitInFlight()) {
                server.cancelAll();
                throw new IllegalStateException("in-flight requests did not finish within 2 s");
            }
        });
        step(skipped, "close sessions", sessions::closeAll);
        boolean indexStopped = awaitIndexStopped(deadline);
        if (indexStopped) {
            step(skipped, "close index pipeline", live::closePipeline);
        } else {
            // The parser may still be in native code on the index thread; the process exit releases it.
            skipped.add("flush index writer");
        }
        // Still step 5: what the metrics writer has queued, within MCP-48's 500 ms and what the budget leaves. Rows it
        // cannot write in time are logged and lost, which does not fail the shutdown.
        step(skipped, "flush metrics", () -> metrics.drain(metricsBudget(deadline)));
        // Step 6: the embed worker stops, the vectors are saved if they changed, then the store and the provider close.
        step(skipped, "save vectors", embedding::close);
        step(skipped, "close store", store::close);
        step(skipped, "close server", server::close);
        watchdog.shutdownNow();
        // Steps 8 and 9 always run.
        step(skipped, "delete ready", () -> ReadyNote.delete(setup.layout().readyFile()));
        step(skipped, "unlink socket", listener::close);
        boolean late = System.nanoTime() > deadline;
        if (late) {
            skipped.add("deadline");
        }
        return new ShutdownReport(
                skipped.isEmpty() ? 0 : 1, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), skipped);
    }

    private static Duration metricsBudget(long deadlineNanos) {
        long remaining = Math.max(0, deadlineNanos - System.nanoTime());
        return Duration.ofNanos(Math.min(remaining, METRICS_DRAIN.toNanos()));
    }

    /** Step 5: the index thread finishes its current transaction and stops, within what the budget leaves. */
    private boolean awaitIndexStopped(long deadlineNanos) {
        long remaining = deadlineNanos - System.nanoTime() - AFTER_FLUSH_RESERVE.toNanos();
        try {
            boolean stopped = live.awaitStopped(Duration.ofNanos(Math.max(remaining, 0)));
            if (!stopped) {
                LOG.atError().log("the index thread did not finish its transaction within the shutdown budget");
            }
            return stopped;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean awaitInFlight() {
        try {
            return server.awaitInFlight(IN_FLIGHT_BUDGET);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static void step(List<String> skipped, String name, ThrowingStep step) {
        try {
            step.run();
        } catch (IOException | RuntimeException e) {
            LOG.atError().setCause(e).addKeyValue("step", name).log("shutdown step failed");
            skipped.add(name);
        }
    }

    @FunctionalInterface
    private interface ThrowingStep {
        void run() throws IOException;
    }
}
