package shaktiman.adapters.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.CRC32C;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.core.port.VectorLoad;
import shaktiman.core.port.VectorStoreException;
import shaktiman.testkit.Await;

/** Verifies the brute-force store's file (IX-58) and how it saves (IX-59): layout, same bytes, and every rejection. */
@Timeout(60)
class BruteForceVectorFileTest {
    private static final int DIMS = 3;
    private static final String MODEL = "hashing:hashing-1024:3:e3b0c442";

    @TempDir
    private Path dir;

    private Path file() {
        return dir.resolve("embeddings.bin");
    }

    private BruteForceVectorStore open() {
        return BruteForceVectorStore.open(file(), DIMS, MODEL);
    }

    /** Saves ids 3, 7 and 11 and returns the file's bytes. */
    private byte[] savedThree() throws IOException {
        try (BruteForceVectorStore store = open()) {
            store.upsert(
                    List.of(11L, 3L, 7L), List.of(new float[] {0, 0, 5}, new float[] {3, 4, 0}, new float[] {0, 2, 0}));
            store.save();
        }
        return Files.readAllBytes(file());
    }

    @Test
    void save_writesTheIx58Layout() throws IOException {
        byte[] bytes = savedThree();

        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        byte[] magic = new byte[4];
        in.get(magic);
        assertThat(new String(magic, StandardCharsets.US_ASCII)).isEqualTo("EMBV");
        assertThat(in.getInt()).isEqualTo(3);
        assertThat(in.getInt()).isEqualTo(DIMS);
        int n = Short.toUnsignedInt(in.getShort());
        byte[] model = new byte[n];
        in.get(model);
        assertThat(new String(model, StandardCharsets.UTF_8)).isEqualTo(MODEL);
        assertThat(in.getLong()).isEqualTo(3);
        assertThat(in.getLong()).isEqualTo(3);
        assertThat(new float[] {in.getFloat(), in.getFloat(), in.getFloat()}).containsExactly(0.6f, 0.8f, 0f);
        assertThat(in.getLong()).isEqualTo(7);
        assertThat(new float[] {in.getFloat(), in.getFloat(), in.getFloat()}).containsExactly(0f, 1f, 0f);
        assertThat(in.getLong()).isEqualTo(11);
        in.position(in.position() + 4 * DIMS);
        assertThat(bytes).hasSize(26 + n + 3 * (8 + 4 * DIMS));
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        assertThat(Integer.toUnsignedLong(in.getInt())).isEqualTo(crc.getValue());
    }

    @Test
    void save_ofEqualContentsReachedDifferently_givesEqualBytes() throws IOException {
        byte[] first = savedThree();
        Files.delete(file());

        try (BruteForceVectorStore store = open()) {
            store.upsert(List.of(5L, 7L), List.of(new float[] {1, 1, 1}, new float[] {0, 9, 0}));
            store.upsert(List.of(11L), List.of(new float[] {0, 0, 1}));
            store.delete(List.of(5L));
            store.upsert(List.of(3L), List.of(new float[] {0.3f, 0.4f, 0}));
            store.save();
        }

        assertThat(Files.readAllBytes(file())).isEqualTo(first);
    }

    @Test
    void load_inANewStore_restoresWhatWasSaved() throws IOException {
        byte[] saved = savedThree();

        try (BruteForceVectorStore store = open()) {
            VectorLoad loaded = store.load();

            assertThat(loaded).isEqualTo(new VectorLoad.Loaded(3));
            assertThat(store.ids()).containsExactly(3L, 7L, 11L);
            assertThat(store.search(new float[] {0, 1, 0}, 1).getFirst().id()).isEqualTo(7L);
            store.upsert(List.of(20L), List.of(new float[] {1, 0, 0}));
            store.delete(List.of(20L));
            store.save();
        }
        assertThat(Files.readAllBytes(file())).isEqualTo(saved);
    }

    @Test
    void load_withNoFile_isAbsent() {
        try (BruteForceVectorStore store = open()) {
            assertThat(store.load()).isInstanceOf(VectorLoad.Absent.class);
        }
    }

    @Test
    void load_rejectsEveryCorruption_andLeavesAUsableEmptyStore() throws IOException {
        byte[] good = savedThree();
        int n = MODEL.getBytes(StandardCharsets.UTF_8).length;
        int records = 22 + n;
        int recordBytes = 8 + 4 * DIMS;
        List<Corruption> corruptions = List.of(
                new Corruption("wrong magic", "magic", b -> patch(b, 0, 'X')),
                new Corruption("version 2", "version 2", b -> withCrc(putInt(b, 4, 2))),
                new Corruption("unknown version", "version 4", b -> withCrc(putInt(b, 4, 4))),
                new Corruption("wrong dims", "dims", b -> withCrc(putInt(b, 8, 4))),
                new Corruption("wrong model id", "model id", b -> withCrc(patch(b, 14, 'l'))),
                new Corruption("one byte short", "length", b -> Arrays.copyOf(b, b.length - 1)),
                new Corruption("one byte extra", "length", b -> Arrays.copyOf(b, b.length + 1)),
                new Corruption("bad CRC", "CRC", b -> patch(b, b.length - 1, b[b.length - 1] ^ 0x55)),
                new Corruption("a NaN", "non-finite", b -> withCrc(putFloat(b, records + 8, Float.NaN))),
                new Corruption(
                        "an infinity", "non-finite", b -> withCrc(putFloat(b, records + 12, Float.NEGATIVE_INFINITY))),
                new Corruption("ids out of order", "ascending", b -> withCrc(putLong(b, records + recordBytes, 1))),
                new Corruption("shorter than a header", "shorter", b -> Arrays.copyOf(b, 9)));

        for (Corruption corruption : corruptions) {
            Files.write(file(), corruption.damage().apply(good.clone()));
            try (BruteForceVectorStore store = open()) {
                VectorLoad loaded = store.load();

                assertThat(loaded)
                        .as(corruption.name())
                        .isInstanceOfSatisfying(
                                VectorLoad.Rejected.class,
                                r -> assertThat(r.reason())
                                        .as(corruption.name())
                                        .contains(corruption.reasonPart()));
                assertThat(store.count()).as(corruption.name()).isZero();
                store.upsert(List.of(1L), List.of(new float[] {1, 0, 0}));
                assertThat(store.search(new float[] {1, 0, 0}, 1)).hasSize(1);
            }
        }
    }

    @Test
    void save_replacesTheFileWithANewOneOnlyWhenSomethingChanged() throws IOException {
        try (BruteForceVectorStore store = open()) {
            store.upsert(List.of(1L), List.of(new float[] {1, 0, 0}));
            store.save();
            Object firstKey = fileKey();

            boolean unchangedSave = store.save();
            Object afterUnchanged = fileKey();
            store.upsert(List.of(2L), List.of(new float[] {0, 1, 0}));
            store.save();

            assertThat(unchangedSave).isFalse();
            assertThat(afterUnchanged).isEqualTo(firstKey);
            assertThat(fileKey()).isNotEqualTo(firstKey);
        }
        assertThat(tempFiles()).isEmpty();
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file())))
                    .isEqualTo("rw-------");
        }
    }

    @Test
    void save_interruptedHalfway_leavesThePreviousFileIntact() throws Exception {
        byte[] previous = savedThree();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        try (BruteForceVectorStore store = BruteForceVectorStore.open(
                file(), DIMS, MODEL, new BruteForceVectorStore.Options(Duration.ofMinutes(5)))) {
            store.load();
            store.upsert(List.of(99L), List.of(new float[] {1, 1, 0}));
            Thread saver = Thread.ofPlatform().start(() -> {
                try {
                    store.save();
                } catch (VectorStoreException e) {
                    failure.set(e);
                }
            });
            Await.until(
                    "a temp file halfway through the save",
                    Duration.ofSeconds(20),
                    () -> !tempFiles().isEmpty());

            saver.interrupt();
            saver.join();

            assertThat(failure.get()).isInstanceOf(VectorStoreException.class).hasMessageContaining("embeddings.bin");
            assertThat(Files.readAllBytes(file())).isEqualTo(previous);
            assertThat(tempFiles()).isEmpty();
        }
        try (BruteForceVectorStore reopened = open()) {
            assertThat(reopened.load()).isEqualTo(new VectorLoad.Loaded(3));
        }
    }

    @Test
    void load_removesTempFilesLeftByAKilledSave() throws IOException {
        savedThree();
        Path leftover = dir.resolve(".embeddings.bin.tmp-999999");
        Files.write(leftover, new byte[] {1, 2, 3});

        try (BruteForceVectorStore store = open()) {
            store.load();
        }

        assertThat(leftover).doesNotExist();
    }

    @Test
    void open_withAFingerprintBeyond512Bytes_isRejected() {
        String tooLong = "x".repeat(513);

        assertThatThrownBy(() -> BruteForceVectorStore.open(file(), DIMS, tooLong))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("512");
    }

    private record Corruption(String name, String reasonPart, UnaryOperator<byte[]> damage) {}

    private Object fileKey() throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(file(), BasicFileAttributes.class);
        return attributes.fileKey() != null ? attributes.fileKey() : attributes.lastModifiedTime();
    }

    private List<Path> tempFiles() {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().startsWith(".embeddings.bin.tmp-"))
                    .toList();
        } catch (IOException e) {
            throw new AssertionError("cannot list " + dir, e);
        }
    }

    private static boolean nonEmpty(Path path) {
        try {
            return Files.size(path) > 0;
        } catch (IOException e) {
            return false; // renamed or removed between listing and reading: not halfway
        }
    }

    private static byte[] patch(byte[] bytes, int at, int value) {
        bytes[at] = (byte) value;
        return bytes;
    }

    private static byte[] putInt(byte[] bytes, int at, int value) {
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putInt(at, value);
        return bytes;
    }

    private static byte[] putLong(byte[] bytes, int at, long value) {
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putLong(at, value);
        return bytes;
    }

    private static byte[] putFloat(byte[] bytes, int at, float value) {
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putFloat(at, value);
        return bytes;
    }

    /** Recomputes the trailing CRC, so that the check under test is the one that fires. */
    private static byte[] withCrc(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, bytes.length - 4);
        return putInt(bytes, bytes.length - 4, (int) crc.getValue());
    }
}
