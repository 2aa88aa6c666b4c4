package shaktiman.app.log;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.status.StatusListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.ILoggerFactory;
import org.slf4j.LoggerFactory;

/**
 * Where this process's log records go, and with which level and role: the one object {@code shaktimand} and the CLI use
 * to set up logging (MI-31 … MI-37).
 *
 * <p>Code logs through SLF4J ({@code LoggerFactory.getLogger(...)}, event fields with
 * {@code log.atInfo().addKeyValue("holder_pid", pid).log("...")}); {@code core} logs through {@link System.Logger},
 * which {@code slf4j-jdk-platform-logging} routes into the same records. This class only decides where they go. Every
 * record is one JSON line written by {@link JsonLogEncoder}.
 *
 * <p>How {@code shaktimand} uses it (MI-7):
 *
 * <ol>
 *   <li>After parsing arguments: {@code ResolvedLevel level = LogLevel.resolve(flag, System.getenv(LogLevel.ENV))},
 *       then {@code try (DaemonLogging logging = DaemonLogging.toStderr(level.level(), LogRole.PROXY))}. Until a file
 *       is open, records go to stderr as JSON. The {@code shaktimand: } lines for people (usage, fatal errors) are not
 *       log records; the daemon prints them itself.
 *   <li>Step 7, as a fresh leader: {@code setRole(LEADER)}, {@link LogRotation#rotate}, then {@link #openFile}. If
 *       either fails, records stay on stderr (the rotation failure is logged by the caller, the open failure by this
 *       class) and the daemon goes on. A proxy calls {@link #openFile} without rotating. Then log
 *       {@code level.warning()} as a WARN record if present (MI-32), and the lock outcome (MI-34).
 *   <li>On promotion: {@code setRole(LEADER)} and {@link #reopen()}, no rotation (MI-26). After a reconnect:
 *       {@link #reopen()} (MI-35).
 *   <li>At exit, {@link #close()} flushes and closes the file.
 * </ol>
 *
 * <p>{@code shaktiman index}/{@code reindex} do the same with role {@link LogRole#CLI} (no rotation). Read-only CLI
 * commands use {@link #forReadOnlyCommand()}: WARN and above to stderr, and never the file (MI-2).
 *
 * <p>Nothing here ever writes to {@code System.out}. The methods are thread-safe. After {@link #close()}, records go
 * to stderr again, and {@link #openFile} and {@link #reopen()} fail with {@link IllegalStateException}.
 */
public final class DaemonLogging implements AutoCloseable {
    private static final String STDERR_APPENDER = "stderr";

    private final LoggerContext context;
    private final Logger root;
    private final org.slf4j.Logger log;
    private final JsonLogEncoder encoder;
    private final boolean readOnlyCommand;
    private volatile LogRole role;
    private final Object lock = new Object();
    private AppendFileAppender file;
    private Path requestedFile;
    private boolean closed;

    private DaemonLogging(LoggerContext context, LogLevel level, LogRole role, boolean readOnlyCommand) {
        this.context = context;
        this.root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        this.log = context.getLogger(DaemonLogging.class);
        this.role = Objects.requireNonNull(role, "role");
        this.readOnlyCommand = readOnlyCommand;
        this.encoder = new JsonLogEncoder(this::role);
        encoder.setContext(context);
        encoder.start();
        installStatusListener(context);
        root.setLevel(level.toLogback());
        quietLibraries(context);
        root.detachAndStopAllAppenders();
        root.addAppender(stderrAppender(context, encoder));
    }

    /**
     * jsonrpc4j logs whole requests and results at DEBUG: a 64 MiB request must not land in the log. The JDK logs every
     * {@code Runtime.exit} with a stack trace at DEBUG, which says nothing our own shutdown records do not. The
     * directory watcher logs every file event at DEBUG, and the log file lies under the watched root: at DEBUG each
     * log line made an event that made a log line, and an idle leader spun two cores (found by hand at
     * {@code SHAKTIMAN_LOG_LEVEL=debug}).
     */
    private static void quietLibraries(LoggerContext context) {
        context.getLogger("com.googlecode.jsonrpc4j").setLevel(ch.qos.logback.classic.Level.WARN);
        context.getLogger("io.methvin").setLevel(ch.qos.logback.classic.Level.INFO);
        context.getLogger("java.lang.Runtime").setLevel(ch.qos.logback.classic.Level.INFO);
    }

    /**
     * Sends every record at {@code level} and above to stderr as JSON lines, stamped with {@code role}, replacing any
     * earlier configuration of the process's Logback context.
     *
     * @throws IllegalStateException if SLF4J is not bound to Logback
     */
    public static DaemonLogging toStderr(LogLevel level, LogRole role) {
        return configure(processContext(), level, role);
    }

    /**
     * Logging for a read-only CLI command (MI-2): WARN and above to stderr as JSON, role {@code cli}, and
     * {@link #openFile} refused.
     */
    public static DaemonLogging forReadOnlyCommand() {
        return new DaemonLogging(processContext(), LogLevel.WARN, LogRole.CLI, true);
    }

    /** As {@link #toStderr}, on a given context, so that tests need not share the process-wide one. */
    static DaemonLogging configure(LoggerContext context, LogLevel level, LogRole role) {
        return new DaemonLogging(context, level, role, false);
    }

    /** Logback's fallback configuration, installed by {@link StderrConfigurator}: INFO and above to stderr. */
    static void installDefaults(LoggerContext context) {
        installStatusListener(context);
        var encoder = new JsonLogEncoder(() -> LogRole.CLI);
        encoder.setContext(context);
        encoder.start();
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(LogLevel.INFO.toLogback());
        quietLibraries(context);
        root.detachAndStopAllAppenders();
        root.addAppender(stderrAppender(context, encoder));
    }

    /**
     * Sends records to {@code logFile} instead of stderr, appending with one write per record and creating the file
     * with mode 0600 if it is missing. If the file cannot be opened, records keep going where they went before (stderr
     * at first), a WARN record {@code cannot open log file; logging to stderr} says why, and this returns
     * {@code false} (MI-7 step 7). A later {@link #reopen()} tries the path again.
     *
     * @return whether records now go to {@code logFile}
     * @throws IllegalStateException after {@link #close()}, or on a {@link #forReadOnlyCommand()} instance
     */
    public boolean openFile(Path logFile) {
        Objects.requireNonNull(logFile, "logFile");
        synchronized (lock) {
            ensureOpen();
            if (readOnlyCommand) {
                throw new IllegalStateException("read-only commands never write the log (MI-2): " + logFile);
            }
            requestedFile = logFile;
            AppendFileAppender fresh;
            try {
                fresh = AppendFileAppender.open(logFile, encoder, context);
            } catch (IOException e) {
                log.atWarn()
                        .addKeyValue("log_file", logFile.toString())
                        .addKeyValue("reason", e.getMessage())
                        .log("cannot open log file; logging to stderr");
                return false;
            }
            root.addAppender(fresh);
            detachAllBut(fresh);
            file = fresh;
            return true;
        }
    }

    /**
     * Reopens the log path in append mode, so that records go to the file that is there now, for use after every
     * failover (MI-35). If no file could be opened so far, tries {@link #openFile} again. A failure is logged as WARN
     * and records keep going where they went.
     *
     * @throws IllegalStateException after {@link #close()}
     */
    public void reopen() {
        synchronized (lock) {
            ensureOpen();
            if (file != null) {
                try {
                    file.reopen();
                } catch (IOException e) {
                    log.atWarn()
                            .addKeyValue("log_file", file.file().toString())
                            .addKeyValue("reason", e.getMessage())
                            .log("cannot reopen log file");
                }
            } else if (requestedFile != null) {
                openFile(requestedFile);
            }
        }
    }

    /** Stamps records written from now on with {@code role}, e.g. {@link LogRole#LEADER} after a promotion. */
    public void setRole(LogRole role) {
        this.role = Objects.requireNonNull(role, "role");
    }

    /** The role records are stamped with now. */
    public LogRole role() {
        return role;
    }

    /** Writes records at {@code level} and above from now on. */
    public void setLevel(LogLevel level) {
        root.setLevel(level.toLogback());
    }

    /** The file records go to now; empty while they go to stderr. */
    public Optional<Path> logFile() {
        synchronized (lock) {
            return Optional.ofNullable(file).map(AppendFileAppender::file);
        }
    }

    /** How many records the current file appender dropped because a write failed. */
    public long droppedRecords() {
        synchronized (lock) {
            return file == null ? 0 : file.droppedRecords();
        }
    }

    /** Flushes and closes the log file; records written afterwards go to stderr. Idempotent. */
    @Override
    public void close() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            closed = true;
            // A newer instance may have replaced this one's appenders; then the context is no longer ours to change.
            if (file != null && root.isAttached(file)) {
                Appender<ILoggingEvent> stderr = stderrAppender(context, encoder);
                root.addAppender(stderr);
                detachAllBut(stderr);
                file = null;
            }
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("logging is closed");
        }
    }

    private void detachAllBut(Appender<ILoggingEvent> keep) {
        var others = new java.util.ArrayList<Appender<ILoggingEvent>>();
        root.iteratorForAppenders().forEachRemaining(a -> {
            if (a != keep) {
                others.add(a);
            }
        });
        for (Appender<ILoggingEvent> other : others) {
            root.detachAppender(other);
            other.stop();
        }
    }

    private static ConsoleAppender<ILoggingEvent> stderrAppender(LoggerContext context, JsonLogEncoder encoder) {
        var appender = new ConsoleAppender<ILoggingEvent>();
        appender.setContext(context);
        appender.setName(STDERR_APPENDER);
        // Logback's console appender defaults to System.out, which carries MCP messages.
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        return appender;
    }

    private static void installStatusListener(LoggerContext context) {
        for (StatusListener listener : context.getStatusManager().getCopyOfStatusListenerList()) {
            if (listener instanceof StderrStatusListener) {
                return;
            }
        }
        context.getStatusManager().add(new StderrStatusListener());
    }

    private static LoggerContext processContext() {
        ILoggerFactory factory = LoggerFactory.getILoggerFactory();
        if (factory instanceof LoggerContext context) {
            return context;
        }
        throw new IllegalStateException(
                "SLF4J is bound to " + factory.getClass().getName() + ", not Logback; check the module path");
    }
}
