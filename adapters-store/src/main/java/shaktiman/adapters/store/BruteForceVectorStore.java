package shaktiman.adapters.store;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import shaktiman.core.port.VectorHit;
import shaktiman.core.port.VectorLoad;
import shaktiman.core.port.VectorStore;
import shaktiman.core.port.VectorStoreException;

/**
 * Implements {@link VectorStore} by exact search (IX-58): vectors are L2-normalised on insert into one float slab with
 * an id→slot table and reuse of freed slots, and a search is one pass of dot products with a top-k heap under a read
 * lock. The state is saved to {@code S/embeddings.bin} in {@link VectorFile}'s format by a temp file, fsync and
 * atomic rename (IX-59); equal contents always give equal bytes.
 */
public final class BruteForceVectorStore implements VectorStore {
    private static final System.Logger LOG = System.getLogger(BruteForceVectorStore.class.getName());
    private static final int FIRST_CAPACITY = 1024;

    /**
     * How the store saves.
     *
     * @param saveDelay a sleep halfway through writing the temp file: the {@code vectorSaveDelayMs} test hook
     *     (indexing.md §11), zero when off; read from the environment by the caller, never by the store
     */
    public record Options(Duration saveDelay) {
        public Options {
            Objects.requireNonNull(saveDelay, "saveDelay");
            if (saveDelay.isNegative()) {
                throw new IllegalArgumentException("saveDelay must not be negative; got " + saveDelay);
            }
        }

        /** No test hook. */
        public static Options defaults() {
            return new Options(Duration.ZERO);
        }
    }

    private final Path file;
    private final int dims;
    private final String fingerprint;
    private final Options options;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ReentrantLock saving = new ReentrantLock();
    // Guarded by lock: vector i occupies slab[i * dims, (i + 1) * dims).
    private float[] slab;
    private long[] slotIds;
    private final BitSet live = new BitSet();
    private final LongSlotMap slots = new LongSlotMap();
    private int[] freeSlots = new int[16];
    private int freeCount;
    private int highWater;
    private long changes;
    private long savedChanges; // guarded by lock and saving: written only holding both
    private boolean closed;

    private BruteForceVectorStore(Path file, int dims, String fingerprint, Options options) {
        this.file = file;
        this.dims = dims;
        this.fingerprint = fingerprint;
        this.options = options;
        this.slab = new float[FIRST_CAPACITY * dims];
        this.slotIds = new long[FIRST_CAPACITY];
    }

    /** {@link #open(Path, int, String, Options)} with no test hook. */
    public static BruteForceVectorStore open(Path file, int dims, String fingerprint) {
        return open(file, dims, fingerprint, Options.defaults());
    }

    /**
     * An empty store of {@code dims}-long vectors saved to {@code file}, whose header carries {@code fingerprint} (the
     * embedding fingerprint, IX-52). Nothing is read until {@link #load()}.
     */
    public static BruteForceVectorStore open(Path file, int dims, String fingerprint, Options options) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(options, "options");
        if (dims < 1 || dims > VectorFile.MAX_DIMS) {
            throw new IllegalArgumentException("dims must be 1-" + VectorFile.MAX_DIMS + "; got " + dims);
        }
        int modelBytes = fingerprint.getBytes(StandardCharsets.UTF_8).length;
        if (modelBytes > VectorFile.MAX_MODEL_ID_BYTES) {
            throw new IllegalArgumentException(
                    "fingerprint must be at most " + VectorFile.MAX_MODEL_ID_BYTES + " UTF-8 bytes; got " + modelBytes);
        }
        return new BruteForceVectorStore(file, dims, fingerprint, options);
    }

    @Override
    public int dims() {
        return dims;
    }

    @Override
    public void upsert(List<Long> ids, List<float[]> vectors) {
        Objects.requireNonNull(ids, "ids");
        Objects.requireNonNull(vectors, "vectors");
        if (ids.size() != vectors.size()) {
            throw new IllegalArgumentException(
                    "ids and vectors differ in size: " + ids.size() + " ids, " + vectors.size() + " vectors");
        }
        Set<Long> seen = new HashSet<>();
        double[] norms = new double[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            if (!seen.add(id)) {
                throw new IllegalArgumentException("ids holds " + id + " twice");
            }
            String name = "vectors[" + i + "] (id " + id + ")";
            norms[i] = norm(vectors.get(i), name);
            if (norms[i] == 0) {
                throw new IllegalArgumentException(name + " is all zero, which has no direction");
            }
        }
        write(() -> {
            for (int i = 0; i < ids.size(); i++) {
                long id = ids.get(i);
                int slot = slots.get(id);
                if (slot < 0) {
                    slot = allocate(id);
                }
                float[] vector = vectors.get(i);
                int base = slot * dims;
                for (int d = 0; d < dims; d++) {
                    slab[base + d] = (float) (vector[d] / norms[i]);
                }
            }
            if (!ids.isEmpty()) {
                changes++;
            }
            return null;
        });
    }

    @Override
    public void delete(Collection<Long> ids) {
        Objects.requireNonNull(ids, "ids");
        write(() -> {
            boolean changed = false;
            for (long id : ids) {
                int slot = slots.remove(id);
                if (slot >= 0) {
                    release(slot);
                    changed = true;
                }
            }
            if (changed) {
                changes++;
            }
            return null;
        });
    }

    @Override
    public void clear() {
        write(() -> {
            if (slots.size() > 0) {
                reset(FIRST_CAPACITY);
                changes++;
            }
            return null;
        });
    }

    @Override
    public boolean has(long id) {
        return read(() -> slots.get(id) >= 0);
    }

    @Override
    public long count() {
        return read(() -> (long) slots.size());
    }

    @Override
    public long[] ids() {
        return read(this::sortedIds);
    }

    @Override
    public Map<Long, Double> scores(float[] query, Collection<Long> ids) {
        double queryNorm = norm(query, "query");
        return read(() -> {
            Map<Long, Double> scores = new LinkedHashMap<>();
            for (long id : ids) {
                int slot = slots.get(id);
                if (slot >= 0) {
                    scores.put(id, cosine(query, queryNorm, slot));
                }
            }
            return scores;
        });
    }

    @Override
    public List<VectorHit> search(float[] query, int k) {
        double queryNorm = norm(query, "query");
        return read(() -> {
            int limit = Math.min(Math.max(k, 0), slots.size());
            if (limit == 0) {
                return List.of();
            }
            // Worst on top: the lower score, then the larger id.
            PriorityQueue<VectorHit> best = new PriorityQueue<>(
                    limit + 1,
                    (a, b) -> a.score() != b.score()
                            ? Double.compare(a.score(), b.score())
                            : Long.compare(b.id(), a.id()));
            for (int slot = live.nextSetBit(0); slot >= 0; slot = live.nextSetBit(slot + 1)) {
                double score = cosine(query, queryNorm, slot);
                long id = slotIds[slot];
                if (best.size() == limit) {
                    VectorHit worst = best.peek();
                    if (score < worst.score() || (score == worst.score() && id > worst.id())) {
                        continue;
                    }
                    best.poll();
                }
                best.add(new VectorHit(id, score));
            }
            List<VectorHit> hits = new ArrayList<>(best);
            hits.sort((a, b) ->
                    a.score() != b.score() ? Double.compare(b.score(), a.score()) : Long.compare(a.id(), b.id()));
            return hits;
        });
    }

    @Override
    public boolean save() {
        saving.lock();
        try {
            return read(() -> {
                if (changes == savedChanges) {
                    return false;
                }
                writeFile();
                savedChanges = changes;
                return true;
            });
        } finally {
            saving.unlock();
        }
    }

    @Override
    public VectorLoad load() {
        saving.lock();
        try {
            return write(() -> {
                reset(FIRST_CAPACITY);
                changes++;
                savedChanges = changes;
                VectorLoad result = readFile();
                if (result instanceof VectorLoad.Rejected(String reason)) {
                    LOG.log(Level.WARNING, "vector file rejected: {0} ({1}); starting with no vectors", reason, file);
                }
                return result;
            });
        } finally {
            saving.unlock();
        }
    }

    @Override
    public void close() {
        lock.writeLock().lock();
        try {
            closed = true;
            slab = new float[0];
            slotIds = new long[0];
            live.clear();
            slots.clear();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private VectorLoad readFile() {
        cleanTempFiles();
        try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
            VectorFile.Contents contents = VectorFile.read(in, in.size(), dims, fingerprint);
            int count = contents.ids().length;
            reset(Math.max(FIRST_CAPACITY, count));
            System.arraycopy(contents.slab(), 0, slab, 0, contents.slab().length);
            for (int slot = 0; slot < count; slot++) {
                slotIds[slot] = contents.ids()[slot];
                slots.put(contents.ids()[slot], slot);
            }
            live.set(0, count);
            highWater = count;
            return new VectorLoad.Loaded(count);
        } catch (NoSuchFileException e) {
            return new VectorLoad.Absent();
        } catch (VectorFile.Rejected e) {
            return new VectorLoad.Rejected(e.getMessage());
        } catch (IOException e) {
            return new VectorLoad.Rejected("cannot read " + file + ": " + e);
        }
    }

    /** Writes the file by temp file, fsync and atomic rename (IX-59); the old file stays until the rename. */
    private void writeFile() {
        long[] ids = sortedIds();
        AtomicFile.replace(
                file,
                out -> VectorFile.write(
                        out,
                        dims,
                        fingerprint,
                        ids,
                        (id, buffer) -> {
                            int base = slots.get(id) * dims;
                            for (int d = 0; d < dims; d++) {
                                buffer.putFloat(slab[base + d]);
                            }
                        },
                        this::saveDelay));
    }

    private void saveDelay() {
        if (options.saveDelay().isZero()) {
            return;
        }
        try {
            Thread.sleep(options.saveDelay());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new VectorStoreException(
                    VectorStoreException.Kind.IO, "interrupted while saving vectors to " + file, e);
        }
    }

    /** Removes temp files a killed save left beside the file (IX-59 names them {@code .<name>.tmp-<pid>}). */
    private void cleanTempFiles() {
        Path dir = file.toAbsolutePath().getParent();
        String prefix = "." + file.getFileName() + ".tmp-";
        if (dir == null || !Files.isDirectory(dir)) {
            return;
        }
        try (var entries = Files.newDirectoryStream(
                dir, entry -> entry.getFileName().toString().startsWith(prefix))) {
            for (Path leftover : entries) {
                Files.deleteIfExists(leftover);
                LOG.log(Level.DEBUG, "removed {0}, left by an interrupted save", leftover);
            }
        } catch (IOException e) {
            // Recovered: a leftover temp file only costs disk space, and the next save replaces its own.
            LOG.log(Level.WARNING, "cannot remove temp files of interrupted saves beside " + file, e);
        }
    }

    private long[] sortedIds() {
        long[] ids = new long[slots.size()];
        int i = 0;
        for (int slot = live.nextSetBit(0); slot >= 0; slot = live.nextSetBit(slot + 1)) {
            ids[i++] = slotIds[slot];
        }
        Arrays.sort(ids);
        return ids;
    }

    private int allocate(long id) {
        int slot;
        if (freeCount > 0) {
            slot = freeSlots[--freeCount];
        } else {
            if (highWater == slotIds.length) {
                grow();
            }
            slot = highWater++;
        }
        slotIds[slot] = id;
        live.set(slot);
        slots.put(id, slot);
        return slot;
    }

    private void release(int slot) {
        live.clear(slot);
        if (freeCount == freeSlots.length) {
            freeSlots = Arrays.copyOf(freeSlots, freeCount * 2);
        }
        freeSlots[freeCount++] = slot;
    }

    private void grow() {
        long maxSlots = (Integer.MAX_VALUE - 8) / dims;
        if (slotIds.length >= maxSlots) {
            throw new VectorStoreException(
                    VectorStoreException.Kind.IO,
                    "vector store for " + file + " is full: " + slotIds.length + " vectors of " + dims + " dims");
        }
        int capacity = (int) Math.min(maxSlots, slotIds.length * 2L);
        slab = Arrays.copyOf(slab, capacity * dims);
        slotIds = Arrays.copyOf(slotIds, capacity);
    }

    private void reset(int capacity) {
        slab = new float[capacity * dims];
        slotIds = new long[capacity];
        live.clear();
        slots.clear();
        freeCount = 0;
        highWater = 0;
    }

    private double cosine(float[] query, double queryNorm, int slot) {
        if (queryNorm == 0) {
            return 0;
        }
        int base = slot * dims;
        double dot = 0;
        for (int d = 0; d < dims; d++) {
            dot += (double) query[d] * slab[base + d];
        }
        return Math.max(-1, Math.min(1, dot / queryNorm));
    }

    private double norm(float[] vector, String name) {
        Objects.requireNonNull(vector, name);
        if (vector.length != dims) {
            throw new IllegalArgumentException(name + " has " + vector.length + " components; the store holds " + dims);
        }
        double sum = 0;
        for (int d = 0; d < dims; d++) {
            if (!Float.isFinite(vector[d])) {
                throw new IllegalArgumentException(name + " has a non-finite component at " + d + ": " + vector[d]);
            }
            sum += (double) vector[d] * vector[d];
        }
        return Math.sqrt(sum);
    }

    private <T> T read(Supplier<T> body) {
        lock.readLock().lock();
        try {
            requireOpen();
            return body.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    private <T> T write(Supplier<T> body) {
        lock.writeLock().lock();
        try {
            requireOpen();
            return body.get();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void requireOpen() {
        if (closed) {
            throw new VectorStoreException(VectorStoreException.Kind.CLOSED, "vector store at " + file + " is closed");
        }
    }
}
