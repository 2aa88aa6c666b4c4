package shaktiman.app.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import shaktiman.adapters.lock.FlockLock;
import shaktiman.adapters.socket.JunixsocketTransport;
import shaktiman.adapters.store.SqliteIndexStore;
import shaktiman.app.config.ConfigException;
import shaktiman.app.config.ConfigLoader;
import shaktiman.app.config.LoadedConfig;
import shaktiman.app.config.SampleConfig;
import shaktiman.app.log.DaemonLogging;
import shaktiman.app.log.LogLevel;
import shaktiman.core.port.IndexStore;
import shaktiman.core.port.LockPort;
import shaktiman.core.port.TransportPort;

/**
 * The one place where the CLI meets the adapters and the config loader; commands receive it through their
 * constructors.
 */
public final class CliAdapters {
    private final DaemonLogging logging;

    /** Adapters whose log records stay where the process's logging sends them (tests). */
    public CliAdapters() {
        this(null);
    }

    /**
     * Adapters that can move the process's log records into a project's log ({@link #appendLogTo}); {@code logging} is
     * null when there is no process-wide logging to move.
     */
    public CliAdapters(DaemonLogging logging) {
        this.logging = logging;
    }

    /**
     * A flag that the first SIGINT/SIGTERM/SIGHUP sets (MI-45; a second one exits at once). Only a process-wide CLI run
     * (one built with its logging, by {@code ShaktimanMain}) owns the signals; in-process callers get a flag that
     * never rises.
     */
    public java.util.function.BooleanSupplier interruptFlag() {
        if (logging == null) {
            return () -> false;
        }
        java.util.concurrent.atomic.AtomicBoolean interrupted = new java.util.concurrent.atomic.AtomicBoolean();
        shaktiman.app.daemon.SignalHandling.install().onShutdownSignal(signal -> interrupted.set(true));
        return interrupted::get;
    }

    /**
     * From now on, log records of level INFO and above are appended to {@code logFile} (MI-1: {@code index} and {@code
     * reindex} append to the daemon's log, so that one grep finds every lock event, MI-34).
     */
    public void appendLogTo(Path logFile) {
        if (logging != null && logging.openFile(logFile)) {
            logging.setLevel(LogLevel.INFO);
        }
    }

    /** Opens the project lock: one descriptor on {@code lockFile}, created 0600 when missing. */
    public LockPort openLock(Path lockFile) {
        return new FlockLock(lockFile);
    }

    /**
     * Whether a leader accepts a connection at {@code socketPath} within {@code timeout}; the connection is closed at
     * once. An absent leader (missing file, refused, not a socket, timeout) is false, as {@code TransportPort.connect}
     * promises.
     */
    public boolean daemonAnswers(Path socketPath, Duration timeout) {
        Optional<TransportPort.Connection> connection = new JunixsocketTransport().connect(socketPath, timeout);
        connection.ifPresent(TransportPort.Connection::close);
        return connection.isPresent();
    }

    /** Opens the index read-only: no migration, no file created (MI-42). */
    public IndexStore openIndexReadOnly(Path dbFile) {
        return SqliteIndexStore.openReadOnly(dbFile);
    }

    /**
     * Loads and validates the config (§7) with CLI overrides keyed by config key ({@code vector.backend}, {@code
     * database.backend}, {@code postgres.connection_string}, {@code qdrant.url}, {@code embedding.enabled}).
     */
    public ConfigOutcome loadConfig(Path configFile, Map<String, String> env, Map<String, String> overrides) {
        try {
            LoadedConfig loaded = ConfigLoader.load(configFile, env, overrides);
            return new ConfigOutcome.Valid(loaded.config(), loaded.warnings());
        } catch (ConfigException e) {
            return new ConfigOutcome.Invalid(e.messages());
        }
    }

    /**
     * Writes the commented sample config (mode 0644) if the file is missing; returns whether it wrote it.
     *
     * @throws CommandFailure naming the file and the reason if it cannot be written
     */
    public boolean writeSampleConfigIfMissing(Path configFile) {
        try {
            return SampleConfig.writeIfMissing(configFile);
        } catch (ConfigException e) {
            throw new CommandFailure(e.getMessage(), e);
        }
    }
}
