package shaktiman.core.embed;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Query vectors for the semantic signal (MCP-45): the embedder is given {@code query_prefix + query}, through the
 * circuit breaker, so an open breaker fails fast; answers are kept in an LRU cache of {@value #CAPACITY} entries keyed
 * by model, query prefix and query. Failures are not cached. Thread-safe.
 */
public final class QueryVectors {
    /** Cached query vectors. */
    public static final int CAPACITY = 100;

    private record Key(String model, String prefix, String query) {}

    private final GuardedEmbedder embedder;
    private final VectorSanitizer sanitizer;
    private final String queryPrefix;
    private final AtomicLong hits = new AtomicLong();
    private final AtomicLong misses = new AtomicLong();
    private final Map<Key, float[]> cache = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, float[]> eldest) {
            return size() > CAPACITY;
        }
    };

    /** Query vectors from {@code embedder}, each query prefixed by {@code queryPrefix} (IX-50). */
    public QueryVectors(GuardedEmbedder embedder, String queryPrefix) {
        this.embedder = Objects.requireNonNull(embedder, "embedder");
        this.queryPrefix = Objects.requireNonNull(queryPrefix, "queryPrefix");
        this.sanitizer = new VectorSanitizer(embedder.embedder().dims());
    }

    /** The vector of {@code query}, from the cache or the embedder. */
    public QueryVector vectorFor(String query) {
        Objects.requireNonNull(query, "query");
        Key key = new Key(embedder.embedder().modelId(), queryPrefix, query);
        synchronized (cache) {
            float[] cached = cache.get(key);
            if (cached != null) {
                hits.incrementAndGet();
                return new QueryVector.Available(cached.clone());
            }
        }
        misses.incrementAndGet();
        return switch (embedder.embed(List.of(queryPrefix + query))) {
            case EmbedOutcome.Refused refused -> new QueryVector.Unavailable(refused.reason());
            case EmbedOutcome.Failed failed -> new QueryVector.Unavailable("embedding failed: " + failed.message());
            case EmbedOutcome.Embedded embedded -> {
                float[] vector = embedded.vectors().getFirst();
                var rejected = sanitizer.checkQuery(vector);
                if (rejected.isPresent()) {
                    yield new QueryVector.Unavailable(
                            "query vector rejected: " + rejected.get().text());
                }
                synchronized (cache) {
                    cache.put(key, vector.clone());
                }
                yield new QueryVector.Available(vector);
            }
        };
    }

    /** How many lookups the cache answered and how many went to the embedder, since this object was made. */
    public QueryCacheCounts counts() {
        return new QueryCacheCounts(hits.get(), misses.get());
    }

    /** How many query vectors are cached. */
    public int cached() {
        synchronized (cache) {
            return cache.size();
        }
    }
}
