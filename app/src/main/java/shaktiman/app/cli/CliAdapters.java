package shaktiman.app.cli;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import shaktiman.adapters.lock.FlockLock;
import shaktiman.adapters.store.SqliteIndexStore;
import shaktiman.app.config.ConfigException;
import shaktiman.app.config.ConfigLoader;
import shaktiman.app.config.SampleConfig;
import shaktiman.core.port.IndexStore;
import shaktiman.core.port.LockPort;

/**
 * The one place where the CLI meets the adapters and the config loader; commands receive it through their
 * constructors.
 */
public final class CliAdapters {

    /** Opens the project lock: one descriptor on {@code lockFile}, created 0600 when missing. */
    public LockPort openLock(Path lockFile) {
        return new FlockLock(lockFile);
    }

    /**
     * Whether a leader accepts a connection at {@code socketPath} within {@code timeout}; the connection is closed at
     * once. An absent leader (missing file, refused, not a socket, timeout) is false, as {@code TransportPort.connect}
     * promises.
     *
     * <p>TEMPORARY (#2): the JDK's own Unix-domain sockets stand in for the socket adapter, which is not merged yet.
     * At merge the body becomes {@code new JunixsocketTransport().connect(socketPath, timeout)}, closing the connection
     * when present and returning whether it was.
     */
    public boolean daemonAnswers(Path socketPath, Duration timeout) {
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
                Selector selector = Selector.open()) {
            channel.configureBlocking(false);
            if (channel.connect(UnixDomainSocketAddress.of(socketPath))) {
                return true;
            }
            channel.register(selector, SelectionKey.OP_CONNECT);
            selector.select(Math.max(1, timeout.toMillis()));
            return channel.finishConnect();
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
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
            return new ConfigOutcome.Valid(
                    ConfigLoader.load(configFile, env, overrides).warnings());
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
