package shaktiman.app.log;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.UnsynchronizedAppenderBase;
import ch.qos.logback.core.encoder.Encoder;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.slf4j.event.KeyValuePair;

/**
 * A Logback appender that writes each record to a file opened in append mode, with one {@code write(2)} per record, so
 * that records from several processes sharing the file never interleave (MI-31).
 *
 * <p>The encoder's bytes for a record are handed to an unbuffered {@link FileOutputStream} opened with
 * {@code append = true} (O_APPEND) in a single call, whatever their size. A {@code FileChannel} is deliberately not
 * used: an interrupted thread that writes to a channel closes it, and any thread may log while interrupted.
 *
 * <p>The file is created with mode 0600 when it is missing (MI-1). Writing never throws into the caller: a failed
 * write (disk full, an I/O error) drops the record and counts it, and the next record written successfully is followed
 * by a WARN record saying how many were dropped and why. {@link #reopen()} starts writing to whatever file is at the
 * path now, for after another leader rotated the log (MI-35). Thread-safe.
 */
public final class AppendFileAppender extends UnsynchronizedAppenderBase<ILoggingEvent> {
    private static final Set<PosixFilePermission> OWNER_READ_WRITE = PosixFilePermissions.fromString("rw-------");

    private final Path file;
    private final Encoder<ILoggingEvent> encoder;
    // Writers share the read side, so concurrent records go out in parallel; reopen and stop take the write side.
    private final ReadWriteLock streamLock = new ReentrantReadWriteLock();
    private FileOutputStream out;
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong reportedDrops = new AtomicLong();
    private volatile String lastFailure = "";

    private AppendFileAppender(Path file, Encoder<ILoggingEvent> encoder, FileOutputStream out) {
        this.file = file;
        this.encoder = encoder;
        this.out = out;
    }

    /**
     * Opens {@code file} for appending (creating it with mode 0600 if missing) and returns a started appender.
     *
     * @throws IOException naming the file, if it cannot be created or opened; nothing is left open then
     */
    public static AppendFileAppender open(Path file, Encoder<ILoggingEvent> encoder, LoggerContext context)
            throws IOException {
        Objects.requireNonNull(encoder, "encoder");
        var appender = new AppendFileAppender(file, encoder, openAppending(file));
        appender.setContext(context);
        appender.setName("file:" + file);
        appender.start();
        return appender;
    }

    /** The path this appender writes to. */
    public Path file() {
        return file;
    }

    /** How many records were dropped because a write failed, since this appender was opened. */
    public long droppedRecords() {
        return dropped.get();
    }

    /**
     * Closes the current descriptor and opens the path again in append mode, creating the file (0600) if it is missing.
     * If the path cannot be opened, the old descriptor is kept, so records keep going somewhere.
     *
     * @throws IOException naming the file, if opening it failed or closing the old descriptor failed
     */
    public void reopen() throws IOException {
        FileOutputStream fresh = openAppending(file);
        FileOutputStream old;
        streamLock.writeLock().lock();
        try {
            old = out;
            out = fresh;
        } finally {
            streamLock.writeLock().unlock();
        }
        try {
            old.close();
        } catch (IOException e) {
            throw new IOException("reopen log " + file + ": closing the previous descriptor failed: " + e, e);
        }
    }

    @Override
    protected void append(ILoggingEvent event) {
        byte[] record;
        try {
            record = encoder.encode(event);
        } catch (RuntimeException e) {
            drop(e);
            return;
        }
        if (write(record)) {
            reportDrops();
        }
    }

    @Override
    public void stop() {
        super.stop();
        streamLock.writeLock().lock();
        try {
            out.close();
        } catch (IOException e) {
            // Records already went out with their own write; a failed close loses nothing, so say so and go on.
            addWarn("closing log " + file + " failed", e);
        } finally {
            streamLock.writeLock().unlock();
        }
    }

    private boolean write(byte[] record) {
        streamLock.readLock().lock();
        try {
            out.write(record);
            return true;
        } catch (IOException e) {
            drop(e);
            return false;
        } finally {
            streamLock.readLock().unlock();
        }
    }

    private void drop(Exception cause) {
        lastFailure = cause.toString();
        dropped.incrementAndGet();
    }

    private void reportDrops() {
        long total = dropped.get();
        long reported = reportedDrops.get();
        if (total == reported || !reportedDrops.compareAndSet(reported, total)) {
            return;
        }
        var note = new LoggingEvent(
                AppendFileAppender.class.getName(),
                ((LoggerContext) getContext()).getLogger(AppendFileAppender.class),
                Level.WARN,
                "log records dropped",
                null,
                null);
        note.addKeyValuePair(new KeyValuePair("dropped", total - reported));
        note.addKeyValuePair(new KeyValuePair("reason", lastFailure));
        note.addKeyValuePair(new KeyValuePair("log_file", file.toString()));
        write(encoder.encode(note));
    }

    private static FileOutputStream openAppending(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_READ_WRITE));
            // The umask can only remove bits, but MI-1 wants the mode applied explicitly.
            Files.setPosixFilePermissions(file, OWNER_READ_WRITE);
        } catch (FileAlreadyExistsException e) {
            // Another process (or an earlier run) created it; appending to it is the point.
        } catch (IOException e) {
            throw new IOException("cannot create log " + file + ": " + e, e);
        }
        try {
            return new FileOutputStream(file.toFile(), true);
        } catch (IOException e) {
            throw new IOException("cannot open log " + file + " for appending: " + e, e);
        }
    }
}
