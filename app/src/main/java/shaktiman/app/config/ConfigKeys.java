package shaktiman.app.config;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The catalogue of every key (MI-48, MCP-6, IX-67), in sample-file order. It alone drives reading, environment
 * overrides, unknown-key suggestions, defaults and the sample, so a key added here is known everywhere at once.
 */
final class ConfigKeys {

    /** Sections in sample-file order. */
    static final List<String> SECTIONS = List.of(
            "database",
            "vector",
            "postgres",
            "qdrant",
            "search",
            "context",
            "mcp",
            "ranking",
            "embedding",
            "hnsw",
            "index",
            "watcher",
            "test");

    /** IX-12's language ids, the only values {@code index.extensions} may map to. */
    static final Set<String> LANGUAGES = Set.of(
            "typescript",
            "tsx",
            "javascript",
            "python",
            "go",
            "rust",
            "java",
            "ruby",
            "erb",
            "bash",
            "c",
            "cpp",
            "csharp",
            "kotlin",
            "php",
            "scala",
            "text");

    /** Parse workers and inference threads default to the cores, within their 1–64 range. */
    static final long PROCESSORS = Math.clamp(Runtime.getRuntime().availableProcessors(), 1, 64);

    private static final ValueKind WEIGHT = new ValueKind.Real(0.0, 1.0);

    private static final List<ConfigKey> ALL = List.of(
            key(
                    "database.backend",
                    ValueKind.Choice.of(DatabaseBackend.values()),
                    DatabaseBackend.SQLITE,
                    "sqlite | postgres (postgres needs vector.backend pgvector or qdrant)"),
            key(
                    "vector.backend",
                    ValueKind.Choice.of(VectorBackend.values()),
                    VectorBackend.BRUTE_FORCE,
                    "brute_force | hnsw | pgvector | qdrant"),
            key(
                    "postgres.connection_string",
                    ValueKind.Text.any(),
                    "",
                    "postgres URL; SHAKTIMAN_POSTGRES_URL overrides it"),
            key("postgres.max_open_conns", ValueKind.Int.atLeast(1), 20L, ">= 1"),
            key("postgres.max_idle_conns", ValueKind.Int.atLeast(0), 10L, ">= 0"),
            key("postgres.schema", ValueKind.Text.any(), "public", "schema holding the index tables"),
            key("qdrant.url", ValueKind.Text.any(), "", "required when vector.backend is qdrant"),
            key("qdrant.collection", ValueKind.Text.any(), "shaktiman", "collection name"),
            key("qdrant.api_key", ValueKind.Text.any(), "", "SHAKTIMAN_QDRANT_API_KEY overrides it"),
            key("search.max_results", new ValueKind.Int(1, 200), 10L, "1-200; results per search"),
            key("search.default_mode", ValueKind.Choice.of(SearchMode.values()), SearchMode.LOCATE, "locate | full"),
            key("search.min_score", new ValueKind.Real(0.0, 1.0), 0.15, "0.0-1.0; hits scoring below it are dropped"),
            key("context.budget_tokens", new ValueKind.Int(256, 32768), 4096L, "256-32768; token budget of context"),
            key("context.enabled", new ValueKind.Bool(), true, "false hides the context tool"),
            key(
                    "mcp.max_output_tokens",
                    new ValueKind.Int(1000, 200_000),
                    25_000L,
                    "1000-200000; cap on a tool result"),
            key("mcp.max_concurrent_calls", new ValueKind.Int(1, 256), 16L, "1-256; tool calls running at once"),
            key(
                    "mcp.call_timeout_s",
                    new ValueKind.Int(1, 600),
                    30L,
                    "1-600; seconds a tool call may run before it is stopped and answered with a timeout error"),
            key("ranking.semantic_weight", WEIGHT, 0.6, "0-1; vector similarity (not 0 together with lexical)"),
            key("ranking.lexical_weight", WEIGHT, 0.4, "0-1; keyword match (not 0 together with semantic)"),
            key("ranking.structural_weight", WEIGHT, 0.4, "0-1; call-graph proximity to other hits"),
            key("ranking.change_weight", WEIGHT, 0.3, "0-1; recent edits"),
            key("ranking.session_weight", WEIGHT, 0.3, "0-1; this session's history"),
            key("ranking.context_share", WEIGHT, 0.3, "0-1; share of the score the context signals can move"),
            // IX-61: false while the build has no local provider, so that a start with no config works.
            key("embedding.enabled", new ValueKind.Bool(), false, "false: keyword search only, no model, no vectors"),
            key(
                    "embedding.provider",
                    ValueKind.Choice.of(EmbeddingProvider.values()),
                    EmbeddingProvider.LOCAL,
                    "local | ollama | hashing (this build has hashing only; the others stop startup)"),
            key(
                    "embedding.model",
                    ValueKind.Text.any(),
                    null,
                    "default per provider: local all-minilm-l6-v2-q, ollama nomic-embed-text, hashing hashing-1024"),
            key(
                    "embedding.dims",
                    new ValueKind.Int(1, 4096),
                    null,
                    "1-4096; default per provider: local 384, ollama 768, hashing 1024"),
            key("embedding.ollama_url", ValueKind.Text.any(), "http://localhost:11434", "ollama only"),
            key(
                    "embedding.timeout",
                    new ValueKind.Span(Duration.ofSeconds(1), Duration.ofMinutes(10)),
                    Duration.ofSeconds(120),
                    "1s-10m per ollama request"),
            key("embedding.batch_size", ValueKind.Int.atLeast(1), 128L, ">= 1; texts per provider call"),
            key(
                    "embedding.threads",
                    new ValueKind.Int(1, 64),
                    PROCESSORS,
                    "1-64 inference threads; default: available processors"),
            key(
                    "embedding.document_prefix",
                    new ValueKind.Text(200),
                    "",
                    "at most 200 characters, put before each chunk embedded"),
            key(
                    "embedding.query_prefix",
                    new ValueKind.Text(200),
                    "",
                    "at most 200 characters, put before each query embedded"),
            key(
                    "embedding.similarity_floor",
                    new ValueKind.Real(0.0, 0.95),
                    0.3,
                    "0-0.95; cosine similarity at or below it counts as none"),
            key("hnsw.m", new ValueKind.Int(4, 64), 16L, "4-64"),
            key("hnsw.ef_construction", new ValueKind.Int(16, 1000), 200L, "16-1000"),
            key("hnsw.ef_search", new ValueKind.Int(10, 1000), 64L, "10-1000"),
            key(
                    "index.max_file_bytes",
                    new ValueKind.Int(1024, 64L * 1024 * 1024),
                    1_048_576L,
                    "1 KiB-64 MiB; larger files are not indexed"),
            key("index.max_chunk_tokens", new ValueKind.Int(128, 8192), 1024L, "128-8192"),
            key("index.min_chunk_tokens", new ValueKind.Int(0, 256), 20L, "0-256 and below max_chunk_tokens / 4"),
            key(
                    "index.workers",
                    new ValueKind.Int(1, 64),
                    PROCESSORS,
                    "1-64 parse threads; default: available processors"),
            key("index.plain_text", new ValueKind.Bool(), true, "index files of no known language as text"),
            key("index.verify_hashes", new ValueKind.Bool(), false, "re-hash files whose size and mtime are unchanged"),
            key(
                    "index.extensions",
                    new ValueKind.LanguageMap(LANGUAGES),
                    Map.of(),
                    "extension -> language id, e.g. { h = \"cpp\" }"),
            key("watcher.enabled", new ValueKind.Bool(), true, "false: no file watching"),
            key("watcher.debounce_ms", new ValueKind.Int(20, 10_000), 200L, "20-10000"),
            key(
                    "test.patterns",
                    new ValueKind.Patterns(),
                    Config.Test.DEFAULT_PATTERNS,
                    "replaces the built-in list; dir/ entries match directories, others basename globs"));

    private static final Map<String, ConfigKey> BY_NAME = index();

    private ConfigKeys() {}

    private static ConfigKey key(String name, ValueKind kind, Object defaultValue, String note) {
        return new ConfigKey(name, kind, defaultValue, note);
    }

    private static Map<String, ConfigKey> index() {
        Map<String, ConfigKey> byName = new LinkedHashMap<>();
        for (ConfigKey key : ALL) {
            if (!SECTIONS.contains(key.section())) {
                throw new AssertionError("key in no declared section: " + key.name());
            }
            byName.put(key.name(), key);
        }
        return Collections.unmodifiableMap(byName);
    }

    /** Every key, in sample-file order. */
    static List<ConfigKey> all() {
        return ALL;
    }

    static Optional<ConfigKey> find(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    static boolean isSection(String name) {
        return SECTIONS.contains(name);
    }

    /** Every key's default; derived defaults are null. */
    static Map<String, Object> defaults() {
        Map<String, Object> values = new LinkedHashMap<>();
        ALL.forEach(key -> values.put(key.name(), key.defaultValue()));
        return values;
    }
}
