package shaktiman.app.cli;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import shaktiman.core.daemon.ProjectLayout;
import shaktiman.core.port.IndexStore;
import shaktiman.core.port.IndexStoreException;
import shaktiman.core.port.LockAttempt;
import shaktiman.core.port.LockException;
import shaktiman.core.port.LockPort;

/**
 * The one place where the CLI meets the adapters and the config loader; commands receive it through their
 * constructors.
 *
 * <p>TEMPORARY (#2): the lock, socket and store adapters, {@code ConfigLoader} and {@code SampleConfig} are written on
 * other branches. Until they are merged, each method below holds a clearly marked stand-in; at merge each body becomes
 * the one-line call named in its Javadoc, and the nested stand-in classes are deleted.
 */
public final class CliAdapters {

    /** Opens the project lock. At merge: {@code return new FlockLock(lockFile);} */
    public LockPort openLock(Path lockFile) {
        return new StandInFileChannelLock(lockFile);
    }

    /**
     * Whether a leader accepts a connection at {@code socketPath} within {@code timeout}; the connection is closed at
     * once. At merge: {@code try (var c = new JunixsocketTransport().connect(socketPath, timeout)...)} closing the
     * connection when present.
     */
    public boolean daemonAnswers(Path socketPath, Duration timeout) {
        // Stand-in: the JDK's own Unix-domain sockets; an absent leader (missing file, refused, not a socket, timeout)
        // is false, as TransportPort.connect promises.
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

    /** Opens the index read-only (MI-42). At merge: {@code return SqliteIndexStore.openReadOnly(dbFile);} */
    public IndexStore openIndexReadOnly(Path dbFile) {
        if (!Files.exists(dbFile)) {
            throw new IndexStoreException(IndexStoreException.Kind.MISSING, dbFile + " not found");
        }
        throw new IndexStoreException(
                IndexStoreException.Kind.IO,
                "cannot open index " + dbFile + ": the SQLite store is not wired into the CLI yet (#2)");
    }

    /**
     * Loads and validates the config of {@code layout} (§7), with CLI overrides keyed by config key ({@code
     * vector.backend}, {@code database.backend}, {@code postgres.connection_string}, {@code qdrant.url}, {@code
     * embedding.enabled}). At merge: call {@code ConfigLoader}, mapping its {@code LoadedConfig.warnings()} to {@link
     * ConfigOutcome.Valid} and a {@code ConfigException}'s {@code messages()} to {@link ConfigOutcome.Invalid}.
     */
    public ConfigOutcome loadConfig(ProjectLayout layout, Map<String, String> env, Map<String, String> overrides) {
        return new ConfigOutcome.Valid(List.of());
    }

    /**
     * Writes the commented sample config if the file is missing; returns whether it wrote it. At merge: {@code return
     * SampleConfig.writeIfMissing(configFile);}
     */
    public boolean writeSampleConfigIfMissing(Path configFile) {
        try {
            Files.createFile(configFile);
        } catch (FileAlreadyExistsException e) {
            return false;
        } catch (IOException e) {
            throw new CommandFailure("cannot create " + configFile + ": " + e.getMessage(), e);
        }
        try {
            Files.setPosixFilePermissions(configFile, PosixFilePermissions.fromString("rw-r--r--"));
            Files.writeString(
                    configFile,
                    "# Shaktiman configuration. Every key is optional; see the README.\n",
                    StandardCharsets.UTF_8);
            return true;
        } catch (IOException e) {
            throw new CommandFailure("cannot write " + configFile + ": " + e.getMessage(), e);
        }
    }

    /**
     * TEMPORARY (#2) stand-in for {@code FlockLock}: a FileChannel lock on one descriptor. Inside one JVM a second
     * instance sees the lock as held (OverlappingFileLockException), as a second process would.
     */
    private static final class StandInFileChannelLock implements LockPort {
        private final Path file;
        private final FileChannel channel;
        private FileLock lock;
        private boolean closed;

        StandInFileChannelLock(Path file) {
            this.file = file;
            try {
                this.channel = FileChannel.open(
                        file,
                        java.util.Set.of(StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE),
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (IOException e) {
                throw new LockException("cannot open " + file + ": " + e.getMessage(), e);
            }
        }

        @Override
        public synchronized LockAttempt tryAcquire() {
            ensureOpen();
            if (lock != null && lock.isValid()) {
                return new LockAttempt.Acquired();
            }
            try {
                lock = channel.tryLock();
                return lock == null ? new LockAttempt.Held() : new LockAttempt.Acquired();
            } catch (OverlappingFileLockException e) {
                return new LockAttempt.Held();
            } catch (IOException e) {
                return new LockAttempt.Failed("cannot lock " + file + ": " + e.getMessage());
            }
        }

        @Override
        public LockAttempt acquire() {
            throw new LockException("acquire is not supported by the CLI's stand-in lock on " + file);
        }

        @Override
        public synchronized boolean isHeld() {
            ensureOpen();
            return lock != null && lock.isValid();
        }

        @Override
        public synchronized void writeHolderPid(long pid) {
            if (!isHeld()) {
                throw new LockException("cannot write the pid to " + file + ": the lock is not held");
            }
            try {
                channel.truncate(0);
                channel.write(ByteBuffer.wrap((pid + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
                channel.force(true);
            } catch (IOException e) {
                throw new LockException("cannot write the pid to " + file + ": " + e.getMessage(), e);
            }
        }

        @Override
        public synchronized OptionalLong readHolderPid() {
            ensureOpen();
            try {
                ByteBuffer buffer = ByteBuffer.allocate(64);
                int read = channel.read(buffer, 0);
                return read <= 0
                        ? OptionalLong.empty()
                        : PidFile.parse(new String(buffer.array(), 0, read, StandardCharsets.US_ASCII));
            } catch (IOException e) {
                throw new LockException("cannot read " + file + ": " + e.getMessage(), e);
            }
        }

        @Override
        public synchronized void release() {
            ensureOpen();
            releaseHeld();
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            try {
                releaseHeld();
            } finally {
                try {
                    channel.close();
                } catch (IOException e) {
                    throw new LockException("cannot close " + file + ": " + e.getMessage(), e);
                }
            }
        }

        private void releaseHeld() {
            if (lock == null) {
                return;
            }
            try {
                lock.release();
            } catch (IOException e) {
                throw new LockException("cannot release the lock on " + file + ": " + e.getMessage(), e);
            } finally {
                lock = null;
            }
        }

        private void ensureOpen() {
            if (closed) {
                throw new LockException("the lock on " + file + " is closed");
            }
        }
    }
}
