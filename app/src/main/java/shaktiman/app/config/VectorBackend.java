package shaktiman.app.config;

import java.util.Locale;

/** Where the embedding vectors live ({@code vector.backend}, IX-61). */
public enum VectorBackend {
    BRUTE_FORCE,
    HNSW,
    PGVECTOR,
    QDRANT;

    /** The name used in the config file, e.g. {@code brute_force}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
