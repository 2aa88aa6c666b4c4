package shaktiman.app.daemon;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shaktiman.adapters.lock.FlockLock;
import shaktiman.adapters.socket.JunixsocketTransport;
import shaktiman.app.build.BuildInfo;
import shaktiman.app.config.TestHooks;
import shaktiman.app.daemon.args.DaemonArgs;
import shaktiman.app.daemon.args.DaemonArgsParser;
import shaktiman.app.log.DaemonLogging;
import shaktiman.app.log.LogLevel;
import shaktiman.app.log.LogRole;
import shaktiman.app.log.LogRotation;
import shaktiman.app.log.ResolvedLevel;
import shaktiman.app.protocol.LineWriter;
import shaktiman.core.daemon.ProcessIdentity;
import shaktiman.core.daemon.ProjectLayout;
import shaktiman.core.daemon.ReadyNote;
import shaktiman.core.daemon.StateDirectory;
import shaktiman.core.port.LockAttempt;
import shaktiman.core.port.LockException;
import shaktiman.core.port.LockPort;
import shaktiman.core.port.TransportPort;

/**
 * {@code shaktimand}'s startup order and roles (MI-7, MI-22, MI-26): parses arguments, takes the lock or finds it held,
 * and runs as leader or proxy until the client goes or a signal arrives. Returns the process's exit code.
 */
public final class Shaktimand {
    private static final Logger LOG = LoggerFactory.getLogger(Shaktimand.class);

    private final ProjectLayout layout;
    private final LockPort lock;
    private final TransportPort transport;
    private final DaemonLogging logging;
    private final Map<String, String> env;
    private final TestHooks hooks;
    private final BuildInfo build;
    private final PrintStream stderr;
    private final BlockingQueue<LifecycleEvent> events = new LinkedBlockingQueue<>();
    private final LineWriter toClient;
    // MI-32's warning waits until the log file is open, so that it lands in the log.
    private final java.util.Optional<String> levelWarning;

    private Shaktimand(
            ProjectLayout layout,
            LockPort lock,
            DaemonLogging logging,
            Map<String, String> env,
            BuildInfo build,
            PrintStream stderr,
            LineWriter toClient,
            java.util.Optional<String> levelWarning) {
        this.levelWarning = levelWarning;
        this.layout = layout;
        this.lock = lock;
        this.transport = new JunixsocketTransport();
        this.logging = logging;
        this.env = env;
        this.hooks = TestHooks.fromEnv(env);
        this.build = build;
        this.stderr = stderr;
        this.toClient = toClient;
    }

    /** Runs {@code shaktimand} with {@code args}; the caller exits with the result. */
    public static int run(String[] args, Map<String, String> env, PrintStream stderr) {
        BuildInfo build = BuildInfo.load();
        DaemonArgs parsed;
        switch (DaemonArgsParser.parse(args, build.versionLine("shaktimand"))) {
            case DaemonArgsParser.Outcome.Print print -> {
                StdioTransport.printBeforeServing(print.text());
                return 0;
            }
            case DaemonArgsParser.Outcome.Usage usage -> {
                stderr.println("shaktimand: " + usage.message());
                stderr.print(usage.usage());
                return 2;
            }
            case DaemonArgsParser.Outcome.Run run -> parsed = run.args();
        }
        Path root;
        try {
            root = canonicalRoot(parsed.root());
        } catch (IllegalArgumentException e) {
            stderr.println("shaktimand: " + e.getMessage());
            return 2;
        }
        SignalHandling signals = SignalHandling.install();
        StdioTransport stdio = StdioTransport.takeOver();
        ResolvedLevel level = LogLevel.resolve(parsed.logLevel().orElse(null), env.get(LogLevel.ENV));
        DaemonLogging logging = DaemonLogging.toStderr(level.level(), LogRole.PROXY);
        ProjectLayout layout = ProjectLayout.of(root, env);
        try {
            StateDirectory.ensure(layout.stateDir());
        } catch (StateDirectory.StateDirectoryException e) {
            stderr.println("shaktimand: " + e.getMessage());
            return 1;
        }
        LockPort lock;
        try {
            lock = new FlockLock(layout.lockFile());
        } catch (LockException e) {
            stderr.println("shaktimand: cannot lock " + layout.lockFile() + ": " + e.getMessage());
            return 1;
        }
        Shaktimand daemon = new Shaktimand(
                layout, lock, logging, env, build, stderr, new LineWriter(stdio.output()), level.warning());
        signals.onShutdownSignal(name -> daemon.events.offer(new LifecycleEvent.Signalled(name)));
        return daemon.start(stdio);
    }

    private static Path canonicalRoot(Path given) {
        try {
            Path real = given.toRealPath();
            if (!Files.isDirectory(real)) {
                throw new IllegalArgumentException(given + ": is not a directory");
            }
            return real;
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(given + ": no such directory", e);
        } catch (IOException e) {
            throw new IllegalArgumentException(given + ": " + e.getMessage(), e);
        }
    }

    private int start(StdioTransport stdio) {
        LockAttempt attempt = lock.tryAcquire();
        ProxyController controller =
                new ProxyController(layout, lock, transport, toClient, events, this::lead, logging, stderr);
        switch (attempt) {
            case LockAttempt.Failed failed -> {
                LOG.error("acquire daemon lock: failed: " + failed.reason());
                stderr.println("shaktimand: cannot lock " + layout.lockFile() + ": " + failed.reason());
                return 1;
            }
            case LockAttempt.Acquired acquired -> {
                ClientReader.start(stdio.input(), controller.relay(), events);
                return lead(controller.relay(), true, -1, -1);
            }
            case LockAttempt.Held held -> {
                logging.openFile(layout.logFile());
                logStarting("proxy");
                ClientReader.start(stdio.input(), controller.relay(), events);
                return controller.run();
            }
        }
    }

    /**
     * Becomes the leader (MI-7 from step 6): at startup ({@code fresh}, {@code waitedMs} &lt; 0 when the lock was free),
     * after the startup wait ({@code fresh}), or by promotion. Serves until the client goes or a signal arrives.
     */
    private int lead(ProxyRelay relay, boolean fresh, long previousPid, long waitedMs) {
        long leadStarted = System.nanoTime();
        long pid = ProcessIdentity.pid();
        try {
            lock.writeHolderPid(pid);
        } catch (LockException e) {
            LOG.atWarn().setCause(e).log("cannot write the pid to " + layout.lockFile());
        }
        try {
            ReadyNote.delete(layout.readyFile());
        } catch (java.io.UncheckedIOException e) {
            LOG.atWarn().setCause(e).log("cannot delete " + layout.readyFile());
        }
        if (fresh) {
            try {
                LogRotation.rotate(layout.logFile(), layout.sessionLogsDir(), Instant.now(), pid);
            } catch (IOException e) {
                LOG.atWarn().setCause(e).log("cannot rotate " + layout.logFile());
            }
            logging.openFile(layout.logFile());
        } else {
            logging.reopen();
        }
        logging.setRole(LogRole.LEADER);
        logLockOutcome(fresh, previousPid, waitedMs);
        logStarting("leader");
        warnIfNetworkFileSystem();
        hooks.values()
                .forEach((key, value) -> LOG.atWarn()
                        .addKeyValue("hook", key)
                        .addKeyValue("value", value)
                        .log("test hook active: " + key + "=" + value));

        LeaderRuntime runtime;
        try {
            runtime = LeaderRuntime.start(
                    new LeaderRuntime.Setup(layout, lock, transport, env, hooks, build, Instant.now(), events, stderr));
        } catch (LeaderStartException e) {
            if (!fresh || waitedMs >= 0) {
                relay.answerAll("shaktiman could not take over as leader: " + e.getMessage());
            }
            e.lines().forEach(line -> stderr.println("shaktimand: " + line));
            releaseLock();
            return 1;
        }
        PromotedSink sink = new PromotedSink(toClient, events, !fresh && relay.initializeLine() != null);
        int replayed = relay.goLocal(runtime.openStdioSession(sink)::accept, !fresh);
        if (!fresh) {
            LOG.atInfo()
                    .addKeyValue(
                            "ms", java.util.concurrent.TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - leadStarted))
                    .addKeyValue("replayed", replayed)
                    .log("failover finished");
        }
        LeaderRuntime.ShutdownReport report = serveUntilDone(runtime);
        releaseLock();
        LOG.atInfo()
                .addKeyValue("ms", report.millis())
                .addKeyValue("skipped_steps", String.join(",", report.skipped()))
                .log("shutdown complete");
        logging.close();
        return report.exitCode();
    }

    private void logLockOutcome(boolean fresh, long previousPid, long waitedMs) {
        String previous = ProxyController.pidText(previousPid);
        if (!fresh) {
            LOG.atWarn()
                    .addKeyValue("holder_pid", ProcessIdentity.pid())
                    .log("acquire daemon lock: promoted after leader pid " + previous + " exited");
        } else if (waitedMs >= 0) {
            LOG.atInfo()
                    .addKeyValue("holder_pid", ProcessIdentity.pid())
                    .log("acquire daemon lock: acquired after waiting " + waitedMs + " ms (previous holder pid "
                            + previous + ")");
        } else {
            LOG.atInfo()
                    .addKeyValue("holder_pid", ProcessIdentity.pid())
                    .addKeyValue("lock_file", layout.lockFile().toString())
                    .addKeyValue("socket", layout.socketPath().toString())
                    .log("acquire daemon lock: acquired");
        }
    }

    /** The edge-case matrix: locking may be unreliable on network and FUSE file systems; say so, then go on. */
    private void warnIfNetworkFileSystem() {
        try {
            String type = Files.getFileStore(layout.stateDir()).type().toLowerCase(java.util.Locale.ROOT);
            if (type.startsWith("nfs")
                    || type.startsWith("cifs")
                    || type.startsWith("smb")
                    || type.startsWith("fuse")) {
                LOG.atWarn()
                        .addKeyValue("file_system", type)
                        .log("the project is on a " + type + " file system; the daemon lock may be unreliable there");
            }
        } catch (IOException e) {
            LOG.atDebug().addKeyValue("error", e.getMessage()).log("cannot read the file system type");
        }
    }

    private void logStarting(String role) {
        levelWarning.ifPresent(LOG::warn);
        LOG.atInfo()
                .addKeyValue("version", build.version())
                .addKeyValue("java", Runtime.version().toString())
                .addKeyValue("root", layout.root().toString())
                .addKeyValue("socket", layout.socketPath().toString())
                .log("shaktimand starting");
    }

    private LeaderRuntime.ShutdownReport serveUntilDone(LeaderRuntime runtime) {
        while (true) {
            LifecycleEvent event;
            try {
                event = events.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                event = new LifecycleEvent.Signalled("interrupt");
            }
            switch (event) {
                case LifecycleEvent.ClientGone gone -> {
                    return runtime.shutdown(gone.reason());
                }
                case LifecycleEvent.Signalled signalled -> {
                    return runtime.shutdown(signalled.signal());
                }
                case LifecycleEvent.LeaderLost lost -> {}
                case LifecycleEvent.LockGranted granted -> {}
            }
        }
    }

    private void releaseLock() {
        lock.release();
        LOG.info("acquire daemon lock: released");
    }
}
