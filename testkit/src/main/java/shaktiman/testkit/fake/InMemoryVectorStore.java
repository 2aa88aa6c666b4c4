package shaktiman.testkit.fake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeMap;
import shaktiman.core.port.VectorHit;
import shaktiman.core.port.VectorLoad;
import shaktiman.core.port.VectorStore;
import shaktiman.core.port.VectorStoreException;

/**
 * A {@link VectorStore} held in memory, for core's tests; it passes {@code VectorStoreContract}. {@link #save()} keeps
 * a copy in memory and {@link #load()} restores it, so nothing outlives the instance.
 */
public final class InMemoryVectorStore implements VectorStore {
    private final int dims;
    private final TreeMap<Long, float[]> vectors = new TreeMap<>();
    private TreeMap<Long, float[]> saved; // null until the first save
    private long changes;
    private long savedChanges;
    private boolean closed;

    /** An empty store of {@code dims}-long vectors. */
    public InMemoryVectorStore(int dims) {
        if (dims < 1 || dims > 4096) {
            throw new IllegalArgumentException("dims must be 1-4096; got " + dims);
        }
        this.dims = dims;
    }

    @Override
    public int dims() {
        return dims;
    }

    @Override
    public synchronized void upsert(List<Long> ids, List<float[]> newVectors) {
        requireOpen();
        if (ids.size() != newVectors.size()) {
            throw new IllegalArgumentException(
                    "ids and vectors differ in size: " + ids.size() + " ids, " + newVectors.size() + " vectors");
        }
        Set<Long> seen = new HashSet<>();
        List<float[]> normalised = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long id = ids.get(i);
            if (!seen.add(id)) {
                throw new IllegalArgumentException("ids holds " + id + " twice");
            }
            normalised.add(normalise(newVectors.get(i), "vectors[" + i + "] (id " + id + ")"));
        }
        for (int i = 0; i < ids.size(); i++) {
            vectors.put(ids.get(i), normalised.get(i));
        }
        if (!ids.isEmpty()) {
            changes++;
        }
    }

    @Override
    public synchronized void delete(Collection<Long> ids) {
        requireOpen();
        boolean changed = false;
        for (Long id : ids) {
            changed |= vectors.remove(id) != null;
        }
        if (changed) {
            changes++;
        }
    }

    @Override
    public synchronized void clear() {
        requireOpen();
        if (!vectors.isEmpty()) {
            vectors.clear();
            changes++;
        }
    }

    @Override
    public synchronized boolean has(long id) {
        requireOpen();
        return vectors.containsKey(id);
    }

    @Override
    public synchronized long count() {
        requireOpen();
        return vectors.size();
    }

    @Override
    public synchronized long[] ids() {
        requireOpen();
        return vectors.keySet().stream().mapToLong(Long::longValue).toArray();
    }

    @Override
    public synchronized Map<Long, Double> scores(float[] query, Collection<Long> ids) {
        requireOpen();
        float[] q = normaliseQuery(query);
        Map<Long, Double> scores = new LinkedHashMap<>();
        for (Long id : ids) {
            float[] vector = vectors.get(id);
            if (vector != null) {
                scores.put(id, cosine(q, vector));
            }
        }
        return scores;
    }

    @Override
    public synchronized List<VectorHit> search(float[] query, int k) {
        requireOpen();
        float[] q = normaliseQuery(query);
        if (k <= 0 || vectors.isEmpty()) {
            return List.of();
        }
        // Worst first: lower score, then larger id.
        PriorityQueue<VectorHit> best = new PriorityQueue<>(
                (a, b) -> a.score() != b.score() ? Double.compare(a.score(), b.score()) : Long.compare(b.id(), a.id()));
        for (Map.Entry<Long, float[]> entry : vectors.entrySet()) {
            best.add(new VectorHit(entry.getKey(), cosine(q, entry.getValue())));
            if (best.size() > k) {
                best.poll();
            }
        }
        List<VectorHit> hits = new ArrayList<>(best);
        hits.sort(
                (a, b) -> a.score() != b.score() ? Double.compare(b.score(), a.score()) : Long.compare(a.id(), b.id()));
        return hits;
    }

    @Override
    public synchronized boolean save() {
        requireOpen();
        if (changes == savedChanges) {
            return false;
        }
        saved = new TreeMap<>(vectors);
        savedChanges = changes;
        return true;
    }

    @Override
    public synchronized VectorLoad load() {
        requireOpen();
        vectors.clear();
        changes++;
        savedChanges = changes;
        if (saved == null) {
            return new VectorLoad.Absent();
        }
        vectors.putAll(saved);
        return new VectorLoad.Loaded(vectors.size());
    }

    @Override
    public synchronized void close() {
        closed = true;
        vectors.clear();
    }

    private void requireOpen() {
        if (closed) {
            throw new VectorStoreException(VectorStoreException.Kind.CLOSED, "in-memory vector store is closed");
        }
    }

    private float[] normaliseQuery(float[] query) {
        Objects.requireNonNull(query, "query");
        double norm = norm(query, "query");
        float[] q = new float[dims];
        if (norm > 0) {
            for (int i = 0; i < dims; i++) {
                q[i] = (float) (query[i] / norm);
            }
        }
        return q;
    }

    private float[] normalise(float[] vector, String name) {
        Objects.requireNonNull(vector, name);
        double norm = norm(vector, name);
        if (norm == 0) {
            throw new IllegalArgumentException(name + " is all zero, which has no direction");
        }
        float[] unit = new float[dims];
        for (int i = 0; i < dims; i++) {
            unit[i] = (float) (vector[i] / norm);
        }
        return unit;
    }

    private double norm(float[] vector, String name) {
        if (vector.length != dims) {
            throw new IllegalArgumentException(name + " has " + vector.length + " components; the store holds " + dims);
        }
        double sum = 0;
        for (int i = 0; i < dims; i++) {
            if (!Float.isFinite(vector[i])) {
                throw new IllegalArgumentException(name + " has a non-finite component at " + i + ": " + vector[i]);
            }
            sum += (double) vector[i] * vector[i];
        }
        return Math.sqrt(sum);
    }

    private static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += (double) a[i] * b[i];
        }
        return Math.max(-1, Math.min(1, dot));
    }
}
