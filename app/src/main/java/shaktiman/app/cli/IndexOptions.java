package shaktiman.app.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The flags {@code index} and {@code reindex} share (MI-39); they override the config (MI-47). */
final class IndexOptions {

    @Option(names = "--embed", description = "Embed the chunks after indexing.")
    private boolean embed;

    @Option(
            names = "--vector",
            paramLabel = "brute_force|hnsw|pgvector|qdrant",
            description = "Vector store backend (default: from the config).")
    private String vector;

    @Option(
            names = "--db",
            paramLabel = "sqlite|postgres",
            description = "Database backend (default: from the config).")
    private String db;

    @Option(names = "--postgres-url", paramLabel = "URL", description = "Postgres connection string.")
    private String postgresUrl;

    @Option(names = "--qdrant-url", paramLabel = "URL", description = "Qdrant URL.")
    private String qdrantUrl;

    /** Checks the enumerated values; a bad one is a usage error. */
    void validate() {
        Flags.oneOf("--vector", vector, List.of("brute_force", "hnsw", "pgvector", "qdrant"));
        Flags.oneOf("--db", db, List.of("sqlite", "postgres"));
    }

    /** The flags given, as config keys and values for the config loader. */
    Map<String, String> configOverrides() {
        Map<String, String> overrides = new LinkedHashMap<>();
        if (embed) {
            overrides.put("embedding.enabled", "true");
        }
        putIfGiven(overrides, "vector.backend", vector);
        putIfGiven(overrides, "database.backend", db);
        putIfGiven(overrides, "postgres.connection_string", postgresUrl);
        putIfGiven(overrides, "qdrant.url", qdrantUrl);
        return overrides;
    }

    private static void putIfGiven(Map<String, String> overrides, String key, String value) {
        if (value != null) {
            overrides.put(key, value);
        }
    }
}
