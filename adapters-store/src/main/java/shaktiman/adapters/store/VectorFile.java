package shaktiman.adapters.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.CRC32C;

/**
 * The brute-force vector file {@code S/embeddings.bin} of IX-58, little-endian: magic {@code EMBV}, u32 version 3,
 * u32 dims, u16 n and n bytes of model id (the embedding fingerprint), u64 count, then count records of u64 id and
 * dims f32 in ascending id order, then the u32 CRC-32C of every preceding byte. Reading and writing stream through
 * one 1 MiB buffer.
 */
final class VectorFile {
    static final byte[] MAGIC = {'E', 'M', 'B', 'V'};
    static final int VERSION = 3;
    static final int MAX_DIMS = 4096;
    static final int MAX_MODEL_ID_BYTES = 512;
    private static final int HEADER_FIXED = 4 + 4 + 4 + 2;
    private static final int BUFFER_BYTES = 1 << 20;

    /** A file that failed a load check; the message is the reason. */
    static final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;

        Rejected(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The vectors of a valid file. */
    record Contents(long[] ids, float[] slab) {}

    /** Hands the writer each vector in id order. */
    @FunctionalInterface
    interface VectorSource {
        /** Puts the components of {@code id}'s vector into {@code out}. */
        void put(long id, ByteBuffer out);
    }

    private VectorFile() {}

    /** The exact length of a file holding {@code count} vectors. */
    static long length(int modelIdBytes, long count, int dims) {
        return 26L + modelIdBytes + count * (8L + 4L * dims);
    }

    /**
     * Writes the whole file to {@code out}; {@code halfway} runs once after half the records (the
     * {@code vectorSaveDelayMs} test hook).
     */
    static void write(
            FileChannel out, int dims, String modelId, long[] ascendingIds, VectorSource vectors, Runnable halfway)
            throws IOException {
        byte[] model = modelId.getBytes(StandardCharsets.UTF_8);
        ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        CRC32C crc = new CRC32C();
        buffer.put(MAGIC)
                .putInt(VERSION)
                .putInt(dims)
                .putShort((short) model.length)
                .put(model);
        buffer.putLong(ascendingIds.length);
        int recordBytes = 8 + 4 * dims;
        for (int i = 0; i < ascendingIds.length; i++) {
            if (buffer.remaining() < recordBytes) {
                flush(out, buffer, crc);
            }
            buffer.putLong(ascendingIds[i]);
            vectors.put(ascendingIds[i], buffer);
            if (i == ascendingIds.length / 2) {
                flush(out, buffer, crc);
                halfway.run();
            }
        }
        flush(out, buffer, crc);
        buffer.putInt((int) crc.getValue());
        buffer.flip();
        writeFully(out, buffer);
    }

    /**
     * Reads and checks a whole file of {@code size} bytes.
     *
     * @throws Rejected naming the first check that failed
     */
    static Contents read(FileChannel in, long size, int dims, String modelId) throws IOException, Rejected {
        if (size < HEADER_FIXED) {
            throw new Rejected("file is " + size + " bytes, shorter than its header");
        }
        Input input = new Input(in, size - 4);
        input.need(HEADER_FIXED);
        byte[] magic = new byte[4];
        input.buffer.get(magic);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new Rejected("wrong magic " + HexFormat.of().formatHex(magic) + ", expected EMBV");
        }
        int version = input.buffer.getInt();
        if (version == 1 || version == 2) {
            throw new Rejected("format version " + version + " is the original's; read as absent");
        }
        if (version != VERSION) {
            throw new Rejected("unknown format version " + Integer.toUnsignedString(version));
        }
        int fileDims = input.buffer.getInt();
        if (fileDims != dims) {
            throw new Rejected("dims " + Integer.toUnsignedString(fileDims) + " differ from the configured " + dims);
        }
        int n = Short.toUnsignedInt(input.buffer.getShort());
        if (n > MAX_MODEL_ID_BYTES || size < HEADER_FIXED + n + 8 + 4) {
            throw new Rejected("model id length " + n + " does not fit a file of " + size + " bytes");
        }
        input.need(n + 8);
        byte[] model = new byte[n];
        input.buffer.get(model);
        String fileModel = new String(model, StandardCharsets.UTF_8);
        if (!fileModel.equals(modelId)) {
            throw new Rejected("model id " + fileModel + " differs from the current " + modelId);
        }
        long count = input.buffer.getLong();
        long maxCount = (Integer.MAX_VALUE - 8) / dims;
        if (count < 0 || count > maxCount) {
            throw new Rejected("count " + Long.toUnsignedString(count) + " is beyond what one store holds");
        }
        long expected = length(n, count, dims);
        if (size != expected) {
            throw new Rejected("length " + size + " differs from " + expected + " for " + count + " vectors");
        }
        long[] ids = new long[(int) count];
        float[] slab = new float[(int) count * dims];
        int recordBytes = 8 + 4 * dims;
        for (int i = 0; i < count; i++) {
            input.need(recordBytes);
            ids[i] = input.buffer.getLong();
            if (i > 0 && ids[i] <= ids[i - 1]) {
                throw new Rejected("ids not strictly ascending: " + ids[i] + " after " + ids[i - 1]);
            }
            int base = i * dims;
            for (int d = 0; d < dims; d++) {
                float component = input.buffer.getFloat();
                if (!Float.isFinite(component)) {
                    throw new Rejected("vector of id " + ids[i] + " has a non-finite component " + component);
                }
                slab[base + d] = component;
            }
        }
        long stored = Integer.toUnsignedLong(input.trailer());
        if (stored != input.crc.getValue()) {
            throw new Rejected("CRC-32C " + Long.toHexString(stored) + " differs from the computed "
                    + Long.toHexString(input.crc.getValue()));
        }
        return new Contents(ids, slab);
    }

    private static void flush(FileChannel out, ByteBuffer buffer, CRC32C crc) throws IOException {
        buffer.flip();
        crc.update(buffer.array(), buffer.arrayOffset(), buffer.limit());
        writeFully(out, buffer);
        buffer.clear();
    }

    private static void writeFully(FileChannel out, ByteBuffer buffer) throws IOException {
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }

    /** Reads the checked part of a file (all but its CRC) through one buffer, computing the CRC of what it reads. */
    private static final class Input {
        final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        final CRC32C crc = new CRC32C();
        private final FileChannel channel;
        private long unread;

        Input(FileChannel channel, long checkedBytes) {
            this.channel = channel;
            this.unread = checkedBytes;
            buffer.limit(0);
        }

        /** Makes {@code bytes} readable from the buffer. */
        void need(int bytes) throws IOException, Rejected {
            if (buffer.remaining() >= bytes) {
                return;
            }
            buffer.compact();
            while (buffer.position() < bytes) {
                if (unread == 0) {
                    throw new Rejected("file ends early");
                }
                int start = buffer.position();
                int room = (int) Math.min(buffer.remaining(), unread);
                ByteBuffer window = buffer.duplicate().limit(start + room);
                int read = channel.read(window);
                if (read < 0) {
                    throw new Rejected("file ends early");
                }
                crc.update(buffer.array(), start, read);
                buffer.position(start + read);
                unread -= read;
            }
            buffer.flip();
        }

        /** The stored CRC, after every checked byte was read. */
        int trailer() throws IOException, Rejected {
            if (buffer.hasRemaining() || unread != 0) {
                throw new Rejected("data continues after the last vector");
            }
            ByteBuffer tail = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
            while (tail.hasRemaining()) {
                if (channel.read(tail) < 0) {
                    throw new Rejected("file ends before its CRC");
                }
            }
            return tail.flip().getInt();
        }
    }
}
