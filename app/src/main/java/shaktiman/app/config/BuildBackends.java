package shaktiman.app.config;

import java.util.EnumSet;
import java.util.Set;

/**
 * The backends and providers this build contains (IX-61). Configuring one it lacks fails with {@code config: ... is not
 * available in this build}, reported after every MI-48/49 message.
 *
 * @param databases the database backends present
 * @param vectors the vector stores present
 * @param providers the embedding providers present
 */
public record BuildBackends(
        Set<DatabaseBackend> databases, Set<VectorBackend> vectors, Set<EmbeddingProvider> providers) {

    public BuildBackends {
        databases = Set.copyOf(databases);
        vectors = Set.copyOf(vectors);
        providers = Set.copyOf(providers);
    }

    /**
     * What this build ships: wave 1's sqlite, brute_force and hashing. The issue that adds a backend or provider adds it
     * here (and the semantic-layer issue, adding {@code local}, also turns {@code embedding.enabled}'s default on).
     */
    public static BuildBackends current() {
        return new BuildBackends(
                EnumSet.of(DatabaseBackend.SQLITE),
                EnumSet.of(VectorBackend.BRUTE_FORCE),
                EnumSet.of(EmbeddingProvider.HASHING));
    }

    /** Every backend and provider, for checking the spec's rules alone. */
    public static BuildBackends everything() {
        return new BuildBackends(
                EnumSet.allOf(DatabaseBackend.class),
                EnumSet.allOf(VectorBackend.class),
                EnumSet.allOf(EmbeddingProvider.class));
    }
}
