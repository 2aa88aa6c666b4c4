package shaktiman.app.config;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The checked configuration of one project (MI-47…51, MCP-6, IX-67), one record per {@code shaktiman.toml} section.
 * Read once at startup by {@link ConfigLoader}; a change takes effect with the next leader.
 */
public record Config(
        Database database,
        Vector vector,
        Postgres postgres,
        Qdrant qdrant,
        Search search,
        Context context,
        Mcp mcp,
        Ranking ranking,
        Embedding embedding,
        Hnsw hnsw,
        Index index,
        Watcher watcher,
        Test test) {

    public Config {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(vector, "vector");
        Objects.requireNonNull(postgres, "postgres");
        Objects.requireNonNull(qdrant, "qdrant");
        Objects.requireNonNull(search, "search");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(mcp, "mcp");
        Objects.requireNonNull(ranking, "ranking");
        Objects.requireNonNull(embedding, "embedding");
        Objects.requireNonNull(hnsw, "hnsw");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(watcher, "watcher");
        Objects.requireNonNull(test, "test");
    }

    /** The built-in defaults, as used when there is no file and no override. */
    public static Config defaults() {
        return from(ConfigKeys.defaults());
    }

    /** {@code [database]}: where the index's rows live. */
    public record Database(DatabaseBackend backend) {}

    /** {@code [vector]}: where embedding vectors live. */
    public record Vector(VectorBackend backend) {}

    /** {@code [postgres]} (wave 2). {@code toString} hides the connection string, which may hold a password. */
    public record Postgres(String connectionString, int maxOpenConns, int maxIdleConns, String schema) {
        @Override
        public String toString() {
            return "Postgres[connectionString=" + (connectionString.isEmpty() ? "" : "***") + ", maxOpenConns="
                    + maxOpenConns + ", maxIdleConns=" + maxIdleConns + ", schema=" + schema + "]";
        }
    }

    /** {@code [qdrant]} (wave 2). {@code toString} hides the API key. */
    public record Qdrant(String url, String collection, String apiKey) {
        @Override
        public String toString() {
            return "Qdrant[url=" + url + ", collection=" + collection + ", apiKey=" + (apiKey.isEmpty() ? "" : "***")
                    + "]";
        }
    }

    /** {@code [search]}: defaults of the search tool and command (MCP-25). */
    public record Search(int maxResults, SearchMode defaultMode, double minScore) {}

    /** {@code [context]}: the context tool (MCP-28). */
    public record Context(int budgetTokens, boolean enabled) {}

    /** {@code [mcp]}: limits of the MCP server (MCP-6, 19, 20, 50). */
    public record Mcp(int maxOutputTokens, int maxConcurrentCalls, Duration callTimeout) {}

    /** {@code [ranking]}: signal weights and the context share (MCP-42). */
    public record Ranking(
            double semanticWeight,
            double lexicalWeight,
            double structuralWeight,
            double changeWeight,
            double sessionWeight,
            double contextShare) {}

    /**
     * {@code [embedding]} (IX-50). {@code model} and {@code dims} are already resolved: when not configured they are the
     * provider's own.
     */
    public record Embedding(
            boolean enabled,
            EmbeddingProvider provider,
            String model,
            int dims,
            String ollamaUrl,
            Duration timeout,
            int batchSize,
            int threads,
            String documentPrefix,
            String queryPrefix,
            double similarityFloor) {}

    /** {@code [hnsw]}: graph parameters of the hnsw vector store (IX-60). */
    public record Hnsw(int m, int efConstruction, int efSearch) {}

    /**
     * {@code [index]}: the indexer (IX-5, 10, 12, 16, 18).
     *
     * @param extensions lower-cased extension (no dot) to language id, overriding IX-12's table
     */
    public record Index(
            long maxFileBytes,
            int maxChunkTokens,
            int minChunkTokens,
            int workers,
            boolean plainText,
            boolean verifyHashes,
            Map<String, String> extensions) {
        public Index {
            extensions = Map.copyOf(extensions);
        }
    }

    /** {@code [watcher]}: file watching (IX-62, 63). */
    public record Watcher(boolean enabled, int debounceMs) {}

    /**
     * {@code [test]}: test-file classification (MCP-23). The default is MCP-23's table flattened: entries ending in
     * {@code /} match directory sequences, the others are basename globs.
     */
    public record Test(List<String> patterns) {

        /** MCP-23's built-in patterns, used when {@code test.patterns} is not set. */
        public static final List<String> DEFAULT_PATTERNS = List.of(
                "test/",
                "tests/",
                "__tests__/",
                "__mocks__/",
                "spec/",
                "testdata/",
                "src/test/",
                "*_test.go",
                "test_*.py",
                "*_test.py",
                "conftest.py",
                "*.test.{ts,tsx,js,jsx,mjs,cjs}",
                "*.spec.{ts,tsx,js,jsx,mjs,cjs}",
                "*Test.java",
                "*Tests.java",
                "*IT.java",
                "*Test.kt",
                "*Tests.kt",
                "*Test.scala",
                "*Spec.scala",
                "*Suite.scala",
                "*Test.cs",
                "*Tests.cs",
                "*Test.php",
                "*_test.rs",
                "*_test.rb",
                "test_*.rb",
                "*_spec.rb",
                "test_*.sh",
                "*_test.sh",
                "*.bats",
                "*_test.c",
                "test_*.c",
                "*_test.cc",
                "*_test.cpp",
                "*_unittest.cc");

        public Test {
            patterns = List.copyOf(patterns);
        }
    }

    /** Builds the record from checked values keyed by dotted name, in each key's Java type. */
    static Config from(Map<String, Object> values) {
        Values v = new Values(values);
        EmbeddingProvider provider = v.get("embedding.provider", EmbeddingProvider.class);
        String model = v.get("embedding.model", String.class);
        Long dims = v.get("embedding.dims", Long.class);
        return new Config(
                new Database(v.get("database.backend", DatabaseBackend.class)),
                new Vector(v.get("vector.backend", VectorBackend.class)),
                new Postgres(
                        v.text("postgres.connection_string"),
                        v.integer("postgres.max_open_conns"),
                        v.integer("postgres.max_idle_conns"),
                        v.text("postgres.schema")),
                new Qdrant(v.text("qdrant.url"), v.text("qdrant.collection"), v.text("qdrant.api_key")),
                new Search(
                        v.integer("search.max_results"),
                        v.get("search.default_mode", SearchMode.class),
                        v.real("search.min_score")),
                new Context(v.integer("context.budget_tokens"), v.bool("context.enabled")),
                new Mcp(
                        v.integer("mcp.max_output_tokens"),
                        v.integer("mcp.max_concurrent_calls"),
                        Duration.ofSeconds(v.integer("mcp.call_timeout_s"))),
                new Ranking(
                        v.real("ranking.semantic_weight"),
                        v.real("ranking.lexical_weight"),
                        v.real("ranking.structural_weight"),
                        v.real("ranking.change_weight"),
                        v.real("ranking.session_weight"),
                        v.real("ranking.context_share")),
                new Embedding(
                        v.bool("embedding.enabled"),
                        provider,
                        model != null ? model : provider.defaultModel(),
                        dims != null ? Math.toIntExact(dims) : provider.defaultDims(),
                        v.text("embedding.ollama_url"),
                        v.get("embedding.timeout", Duration.class),
                        v.integer("embedding.batch_size"),
                        v.integer("embedding.threads"),
                        v.text("embedding.document_prefix"),
                        v.text("embedding.query_prefix"),
                        v.real("embedding.similarity_floor")),
                new Hnsw(v.integer("hnsw.m"), v.integer("hnsw.ef_construction"), v.integer("hnsw.ef_search")),
                new Index(
                        v.get("index.max_file_bytes", Long.class),
                        v.integer("index.max_chunk_tokens"),
                        v.integer("index.min_chunk_tokens"),
                        v.integer("index.workers"),
                        v.bool("index.plain_text"),
                        v.bool("index.verify_hashes"),
                        v.stringMap("index.extensions")),
                new Watcher(v.bool("watcher.enabled"), v.integer("watcher.debounce_ms")),
                new Test(v.stringList("test.patterns")));
    }

    /** Typed access to the checked values; a missing or mistyped key is a catalogue bug. */
    private record Values(Map<String, Object> values) {

        <T> T get(String key, Class<T> type) {
            if (!values.containsKey(key)) {
                throw new AssertionError("config key missing from the catalogue: " + key);
            }
            return type.cast(values.get(key));
        }

        int integer(String key) {
            // Ranges of int keys are far inside int, so the cast cannot overflow once checked.
            return Math.toIntExact(get(key, Long.class));
        }

        double real(String key) {
            return get(key, Double.class);
        }

        boolean bool(String key) {
            return get(key, Boolean.class);
        }

        String text(String key) {
            return get(key, String.class);
        }

        @SuppressWarnings("unchecked")
        List<String> stringList(String key) {
            return (List<String>) get(key, List.class);
        }

        @SuppressWarnings("unchecked")
        Map<String, String> stringMap(String key) {
            return (Map<String, String>) get(key, Map.class);
        }
    }
}
