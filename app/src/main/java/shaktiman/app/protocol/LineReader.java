package shaktiman.app.protocol;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * Reads the protocol's framing (MI-18, MI-19) from one stream: {@code \n}-terminated UTF-8 lines handed out as raw
 * bytes, a trailing {@code \r} stripped and blank lines skipped. A line longer than {@link #MAX_LINE_BYTES} is discarded
 * up to its newline without being kept (only its first {@link #ID_SCAN_BYTES} are held, to find its id) and reported as
 * {@link Oversized}. A partial line before EOF is dropped (MI-25).
 *
 * <p>Not thread-safe: one reader thread owns it. It never reads ahead past what it hands out other than into its own
 * buffer, so nothing else may read the same stream.
 */
public final class LineReader {

    /** The largest line, in bytes without its terminator: 64 MiB (MI-19). */
    public static final int MAX_LINE_BYTES = 64 * 1024 * 1024;

    /** How much of an oversized line is searched for its top-level {@code id} (MI-19). */
    public static final int ID_SCAN_BYTES = 64 * 1024;

    private static final int READ_CHUNK = 64 * 1024;
    private static final int INITIAL_LINE_CAPACITY = 8 * 1024;
    // A line buffer grown past this is dropped after use, so one big message does not pin its memory for the session.
    private static final int RETAINED_LINE_CAPACITY = 1024 * 1024;

    /** What {@link #next()} found. */
    public sealed interface Event permits Line, Oversized, Eof {}

    /**
     * One complete line.
     *
     * @param bytes the line's bytes, without terminator or trailing {@code \r}; never blank
     */
    public record Line(byte[] bytes) implements Event {}

    /**
     * A line over the limit, already discarded.
     *
     * @param length its length in bytes, without terminator or trailing {@code \r}
     * @param id the top-level id found within its first {@link #ID_SCAN_BYTES}, or null
     */
    public record Oversized(long length, JsonRpcId id) implements Event {}

    /** The end of the stream; a partial last line has been dropped. */
    public record Eof() implements Event {}

    private static final Eof EOF = new Eof();

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] chunk = new byte[READ_CHUNK];
    private int pos;
    private int limit;
    private boolean ended;

    private final int initialCapacity;
    private byte[] line;
    private int length;

    private boolean discarding;
    private long discarded;
    private byte lastDiscarded;
    private byte[] head;

    /** A reader with the 64 MiB limit. */
    public LineReader(InputStream in) {
        this(in, MAX_LINE_BYTES);
    }

    /** A reader with another limit; tests use it to exercise discarding without 64 MiB lines. */
    LineReader(InputStream in, int maxLineBytes) {
        this.in = Objects.requireNonNull(in, "in");
        if (maxLineBytes < 1 || maxLineBytes > MAX_LINE_BYTES) {
            throw new IllegalArgumentException(
                    "maxLineBytes must be from 1 to " + MAX_LINE_BYTES + "; got " + maxLineBytes);
        }
        this.maxLineBytes = maxLineBytes;
        this.initialCapacity = Math.min(INITIAL_LINE_CAPACITY, maxLineBytes + 1);
        this.line = new byte[initialCapacity];
    }

    /**
     * Blocks until the next line, oversized line or EOF.
     *
     * @throws IOException when the stream fails; the reader is then unusable
     */
    public Event next() throws IOException {
        while (true) {
            if (pos == limit) {
                if (ended || !fill()) {
                    return endOfStream();
                }
                continue;
            }
            int newline = indexOfNewline(chunk, pos, limit);
            int end = newline < 0 ? limit : newline;
            append(chunk, pos, end - pos);
            pos = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                Event event = finishLine();
                if (event != null) {
                    return event;
                }
            }
        }
    }

    /** The capacity of the line buffer; lets tests check that an oversized line is never held. */
    int lineCapacity() {
        return line.length;
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(chunk, 0, chunk.length);
        } while (n == 0);
        if (n < 0) {
            ended = true;
            return false;
        }
        pos = 0;
        limit = n;
        return true;
    }

    private Event endOfStream() {
        // MI-25: a partial line is never handed out.
        length = 0;
        discarding = false;
        head = null;
        return EOF;
    }

    private static int indexOfNewline(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(byte[] source, int offset, int count) {
        if (count == 0) {
            return;
        }
        if (discarding) {
            discarded += count;
            lastDiscarded = source[offset + count - 1];
            return;
        }
        // One byte over the limit is kept so that a trailing \r of a line of exactly the limit still fits.
        if ((long) length + count <= (long) maxLineBytes + 1) {
            ensureCapacity(length + count);
            System.arraycopy(source, offset, line, length, count);
            length += count;
            return;
        }
        head = headOf(source, offset, count);
        discarding = true;
        discarded = (long) length + count;
        lastDiscarded = source[offset + count - 1];
        line = new byte[initialCapacity];
        length = 0;
    }

    private byte[] headOf(byte[] source, int offset, int count) {
        int fromLine = Math.min(length, ID_SCAN_BYTES);
        int fromSource = Math.min(count, ID_SCAN_BYTES - fromLine);
        byte[] result = Arrays.copyOf(line, fromLine + fromSource);
        System.arraycopy(source, offset, result, fromLine, fromSource);
        return result;
    }

    private void ensureCapacity(int needed) {
        if (needed <= line.length) {
            return;
        }
        long grown = Math.max((long) line.length * 2, needed);
        line = Arrays.copyOf(line, (int) Math.min(grown, (long) maxLineBytes + 1));
    }

    private Event finishLine() {
        if (discarding) {
            long size = discarded - (lastDiscarded == '\r' ? 1 : 0);
            JsonRpcId id = MessageInspector.findTopLevelId(head);
            discarding = false;
            head = null;
            return new Oversized(size, id);
        }
        int size = length;
        length = 0;
        if (size > 0 && line[size - 1] == '\r') {
            size--;
        }
        if (size > maxLineBytes) {
            JsonRpcId id = MessageInspector.findTopLevelId(Arrays.copyOf(line, Math.min(size, ID_SCAN_BYTES)));
            line = new byte[initialCapacity];
            return new Oversized(size, id);
        }
        if (isBlank(line, size)) {
            return null;
        }
        byte[] result = Arrays.copyOf(line, size);
        if (line.length > RETAINED_LINE_CAPACITY) {
            line = new byte[initialCapacity];
        }
        return new Line(result);
    }

    private static boolean isBlank(byte[] bytes, int size) {
        for (int i = 0; i < size; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
