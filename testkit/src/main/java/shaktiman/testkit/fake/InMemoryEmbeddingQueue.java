package shaktiman.testkit.fake;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import shaktiman.core.port.EmbedCandidate;
import shaktiman.core.port.EmbedFailure;
import shaktiman.core.port.EmbeddingCounts;
import shaktiman.core.port.EmbeddingQueue;

/**
 * The {@link EmbeddingQueue} of {@link InMemoryIndexStore}: the embedding state of each chunk id, kept beside the
 * store's chunks and read against the chunks that exist now, under the store's monitor.
 */
final class InMemoryEmbeddingQueue implements EmbeddingQueue {
    /** One chunk's embedding columns (IX-37); a chunk without an entry is not embedded and never tried. */
    private record State(boolean embedded, int attempts, String error, Instant retryAt) {
        static final State FRESH = new State(false, 0, null, null);

        boolean due(Instant now) {
            return !embedded && (retryAt == null || !retryAt.isAfter(now));
        }
    }

    private final Object monitor;
    private final Runnable requireOpen;
    private final Supplier<SortedMap<Long, String>> liveChunks;
    private final Map<Long, State> states = new HashMap<>();
    private String fingerprint;

    /**
     * A queue over the chunks {@code liveChunks} returns (id to content, ascending), guarded by {@code monitor};
     * {@code requireOpen} throws once the store is closed.
     */
    InMemoryEmbeddingQueue(Object monitor, Runnable requireOpen, Supplier<SortedMap<Long, String>> liveChunks) {
        this.monitor = monitor;
        this.requireOpen = requireOpen;
        this.liveChunks = liveChunks;
    }

    @Override
    public List<EmbedCandidate> due(Instant now, long afterId, int limit) {
        synchronized (monitor) {
            requireOpen.run();
            List<EmbedCandidate> due = new ArrayList<>();
            for (Map.Entry<Long, String> chunk :
                    liveChunks.get().tailMap(afterId + 1).entrySet()) {
                if (due.size() >= limit) {
                    break;
                }
                State state = state(chunk.getKey());
                if (state.due(now)) {
                    due.add(new EmbedCandidate(chunk.getKey(), chunk.getValue(), state.attempts()));
                }
            }
            return List.copyOf(due);
        }
    }

    @Override
    public EmbeddingCounts counts(Instant now) {
        synchronized (monitor) {
            requireOpen.run();
            long total = 0;
            long embedded = 0;
            long due = 0;
            long failed = 0;
            for (long id : liveChunks.get().keySet()) {
                State state = state(id);
                total++;
                embedded += state.embedded() ? 1 : 0;
                due += state.due(now) ? 1 : 0;
                failed += !state.embedded() && state.attempts() > 0 ? 1 : 0;
            }
            return new EmbeddingCounts(total, embedded, due, failed);
        }
    }

    @Override
    public long[] chunkIds() {
        synchronized (monitor) {
            requireOpen.run();
            return liveChunks.get().keySet().stream().mapToLong(Long::longValue).toArray();
        }
    }

    @Override
    public long[] embeddedChunkIds() {
        synchronized (monitor) {
            requireOpen.run();
            return liveChunks.get().keySet().stream()
                    .filter(id -> state(id).embedded())
                    .mapToLong(Long::longValue)
                    .toArray();
        }
    }

    @Override
    public Set<Long> markEmbedded(Collection<Long> chunkIds) {
        synchronized (monitor) {
            requireOpen.run();
            Set<Long> live = liveChunks.get().keySet();
            Set<Long> marked = new TreeSet<>();
            for (long id : chunkIds) {
                if (live.contains(id)) {
                    states.put(id, new State(true, 0, null, null));
                    marked.add(id);
                }
            }
            return java.util.Collections.unmodifiableSet(marked);
        }
    }

    @Override
    public void recordFailures(Collection<EmbedFailure> failures) {
        synchronized (monitor) {
            requireOpen.run();
            Set<Long> live = liveChunks.get().keySet();
            for (EmbedFailure failure : failures) {
                State state = state(failure.chunkId());
                if (live.contains(failure.chunkId()) && !state.embedded()) {
                    states.put(
                            failure.chunkId(),
                            new State(false, state.attempts() + 1, failure.error(), failure.retryAt()));
                }
            }
        }
    }

    @Override
    public int resetEmbedded(Collection<Long> chunkIds) {
        synchronized (monitor) {
            requireOpen.run();
            Set<Long> live = liveChunks.get().keySet();
            int reset = 0;
            for (long id : new TreeSet<>(chunkIds)) {
                State state = state(id);
                if (live.contains(id) && state.embedded()) {
                    states.put(id, new State(false, state.attempts(), state.error(), state.retryAt()));
                    reset++;
                }
            }
            return reset;
        }
    }

    @Override
    public Optional<String> fingerprint() {
        synchronized (monitor) {
            requireOpen.run();
            return Optional.ofNullable(fingerprint);
        }
    }

    @Override
    public boolean adoptFingerprint(String newFingerprint) {
        Objects.requireNonNull(newFingerprint, "fingerprint");
        synchronized (monitor) {
            requireOpen.run();
            if (newFingerprint.equals(fingerprint)) {
                return false;
            }
            fingerprint = newFingerprint;
            states.clear();
            return true;
        }
    }

    private State state(long id) {
        return states.getOrDefault(id, State.FRESH);
    }
}
