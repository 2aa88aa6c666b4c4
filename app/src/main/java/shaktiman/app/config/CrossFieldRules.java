package shaktiman.app.config;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules that relate several keys: MI-49 1–4 (in that order, with the spec's exact text), MCP-6's weights, IX-67's
 * chunk sizes, IX-50's fixed model of {@code local} and {@code hashing}, then IX-61's availability in this build. A rule whose keys had an invalid value is skipped: that value
 * already has its own message, and the rule would otherwise judge a value the user did not write.
 */
final class CrossFieldRules {

    private CrossFieldRules() {}

    static List<String> check(Map<String, Object> values, Set<String> invalid, BuildBackends build) {
        Rules r = new Rules(values, invalid);
        List<String> messages = new ArrayList<>();
        DatabaseBackend database = (DatabaseBackend) values.get("database.backend");
        VectorBackend vector = (VectorBackend) values.get("vector.backend");
        boolean postgres = database == DatabaseBackend.POSTGRES;

        if (r.valid("vector.backend", "database.backend") && vector == VectorBackend.PGVECTOR && !postgres) {
            messages.add("config: vector.backend \"pgvector\" requires database.backend \"postgres\"");
        }
        if (r.valid("database.backend", "postgres.connection_string")
                && postgres
                && ((String) values.get("postgres.connection_string")).isBlank()) {
            messages.add("config: database.backend \"postgres\" requires postgres.connection_string or "
                    + "SHAKTIMAN_POSTGRES_URL");
        }
        if (r.valid("vector.backend", "qdrant.url")
                && vector == VectorBackend.QDRANT
                && ((String) values.get("qdrant.url")).isBlank()) {
            messages.add("config: vector.backend \"qdrant\" requires qdrant.url");
        }
        if (r.valid("vector.backend", "database.backend")
                && postgres
                && (vector == VectorBackend.BRUTE_FORCE || vector == VectorBackend.HNSW)) {
            String b = vector.id();
            String file =
                    vector == VectorBackend.BRUTE_FORCE ? ".shaktiman/embeddings.bin" : ".shaktiman/embeddings.hnsw";
            messages.add(
                    "config: vector.backend \"" + b + "\" cannot be combined with database.backend \"postgres\": the "
                            + b + " store keeps vectors in a local file (" + file
                            + "), and several daemons sharing one Postgres"
                            + " database would race on it. Use vector.backend \"pgvector\" or \"qdrant\".");
        }
        if (r.valid("ranking.semantic_weight", "ranking.lexical_weight")
                && (double) values.get("ranking.semantic_weight") == 0.0
                && (double) values.get("ranking.lexical_weight") == 0.0) {
            messages.add("config: ranking.semantic_weight and ranking.lexical_weight must not both be 0");
        }
        if (r.valid("index.min_chunk_tokens", "index.max_chunk_tokens")) {
            long min = (long) values.get("index.min_chunk_tokens");
            long max = (long) values.get("index.max_chunk_tokens");
            if (4 * min >= max) {
                String quarter = BigDecimal.valueOf(max)
                        .divide(BigDecimal.valueOf(4))
                        .stripTrailingZeros()
                        .toPlainString();
                messages.add("config: index.min_chunk_tokens must be less than index.max_chunk_tokens / 4 (" + quarter
                        + "), got " + min);
            }
        }
        messages.addAll(fixedModel(values, r));
        messages.addAll(availability(values, r, build));
        return messages;
    }

    /**
     * IX-50: {@code local} and {@code hashing} have one model each, so a different model or dims is an error; judged,
     * like availability, only while embedding is on, as nothing is loaded otherwise.
     */
    private static List<String> fixedModel(Map<String, Object> values, Rules r) {
        List<String> messages = new ArrayList<>();
        EmbeddingProvider provider = (EmbeddingProvider) values.get("embedding.provider");
        if (!r.valid("embedding.enabled", "embedding.provider")
                || !(boolean) values.get("embedding.enabled")
                || provider == EmbeddingProvider.OLLAMA) {
            return messages;
        }
        Object model = values.get("embedding.model");
        if (r.valid("embedding.model") && model != null && !model.equals(provider.defaultModel())) {
            messages.add("config: embedding.model must be \"" + provider.defaultModel()
                    + "\" (or absent) for provider \"" + provider.id() + "\", got \"" + model + "\"");
        }
        Object dims = values.get("embedding.dims");
        if (r.valid("embedding.dims") && dims != null && (long) dims != provider.defaultDims()) {
            messages.add("config: embedding.dims must be " + provider.defaultDims() + " (or absent) for provider \""
                    + provider.id() + "\", got " + dims);
        }
        return messages;
    }

    /** IX-61: only what would actually be opened must exist; vectors and providers only matter with embedding on. */
    private static List<String> availability(Map<String, Object> values, Rules r, BuildBackends build) {
        List<String> messages = new ArrayList<>();
        DatabaseBackend database = (DatabaseBackend) values.get("database.backend");
        if (r.valid("database.backend") && !build.databases().contains(database)) {
            messages.add("config: database.backend \"" + database.id() + "\" is not available in this build");
        }
        if (!r.valid("embedding.enabled") || !(boolean) values.get("embedding.enabled")) {
            return messages;
        }
        VectorBackend vector = (VectorBackend) values.get("vector.backend");
        if (r.valid("vector.backend") && !build.vectors().contains(vector)) {
            messages.add("config: vector.backend \"" + vector.id() + "\" is not available in this build");
        }
        EmbeddingProvider provider = (EmbeddingProvider) values.get("embedding.provider");
        if (r.valid("embedding.provider") && !build.providers().contains(provider)) {
            messages.add("config: embedding.provider \"" + provider.id() + "\" is not available in this build");
        }
        return messages;
    }

    private record Rules(Map<String, Object> values, Set<String> invalid) {
        boolean valid(String... keys) {
            for (String key : keys) {
                if (invalid.contains(key)) {
                    return false;
                }
            }
            return true;
        }
    }
}
