package shaktiman.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Verifies every single-key rule of MI-48, MCP-6 and IX-67 at its boundaries (T-69): just inside passes, just outside
 * fails.
 */
class ValueRulesTest {

    @TempDir
    Path dir;

    /** Values just inside each range (and each allowed name), with whatever other keys keep the file valid. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "database.backend = \"sqlite\"",
                "database.backend = \"postgres\"\nvector.backend = \"pgvector\"\npostgres.connection_string = \"u\"",
                "vector.backend = \"brute_force\"",
                "vector.backend = \"hnsw\"",
                "vector.backend = \"qdrant\"\nqdrant.url = \"http://q\"",
                "search.max_results = 1",
                "search.max_results = 200",
                "search.default_mode = \"locate\"",
                "search.default_mode = \"full\"",
                "search.min_score = 0.0",
                "search.min_score = 1.0",
                "search.min_score = 1",
                "context.budget_tokens = 256",
                "context.budget_tokens = 32768",
                "embedding.dims = 1",
                "embedding.dims = 4096",
                "embedding.batch_size = 1",
                "embedding.timeout = \"1s\"",
                "embedding.timeout = \"10m\"",
                "embedding.timeout = \"30s\"",
                "embedding.timeout = \"2m\"",
                "embedding.timeout = \"1500ms\"",
                "postgres.max_open_conns = 1",
                "postgres.max_idle_conns = 0",
                "mcp.max_output_tokens = 1000",
                "mcp.max_output_tokens = 200000",
                "mcp.max_concurrent_calls = 1",
                "mcp.max_concurrent_calls = 256",
                "mcp.call_timeout_s = 1",
                "mcp.call_timeout_s = 600",
                "ranking.semantic_weight = 0.0",
                "ranking.lexical_weight = 0.0",
                "ranking.structural_weight = 1.0",
                "ranking.change_weight = 0",
                "ranking.session_weight = 1",
                "ranking.context_share = 1.0",
                "embedding.similarity_floor = 0.0",
                "embedding.similarity_floor = 0.95",
                "embedding.provider = \"local\"",
                "embedding.provider = \"ollama\"",
                "embedding.provider = \"hashing\"",
                "embedding.threads = 1",
                "embedding.threads = 64",
                "embedding.document_prefix = \"\"",
                "hnsw.m = 4",
                "hnsw.m = 64",
                "hnsw.ef_construction = 16",
                "hnsw.ef_construction = 1000",
                "hnsw.ef_search = 10",
                "hnsw.ef_search = 1000",
                "index.max_file_bytes = 1024",
                "index.max_file_bytes = 67108864",
                "index.max_chunk_tokens = 128\nindex.min_chunk_tokens = 0",
                "index.max_chunk_tokens = 8192",
                "index.min_chunk_tokens = 0",
                "index.min_chunk_tokens = 255",
                "index.min_chunk_tokens = 256\nindex.max_chunk_tokens = 1025",
                "index.workers = 1",
                "index.workers = 64",
                "index.extensions = { h = \"cpp\" }",
                "watcher.debounce_ms = 20",
                "watcher.debounce_ms = 10000",
                "test.patterns = []",
                "test.patterns = [\"qa/\", \"*.{check,verify}.ts\"]",
            })
    void load_withValueInRange_accepts(String toml) {
        assertThatNoException().isThrownBy(() -> ConfigFixture.load(dir, toml));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "embedding.document_prefix",
                "embedding.query_prefix",
            })
    void load_withPrefixAtLimit_acceptsAndOneMoreFails(String key) {
        String ok = key + " = \"" + "p".repeat(200) + "\"\n";
        String tooLong = key + " = \"" + "p".repeat(201) + "\"\n";

        assertThatNoException().isThrownBy(() -> ConfigFixture.load(dir, ok));
        assertThat(ConfigFixture.errors(dir, tooLong))
                .containsExactly("config: " + key + " must be a string of at most 200 characters, got 201 characters");
    }

    static Stream<Arguments> outOfRange() {
        return Stream.of(
                bad(
                        "database.backend = \"mysql\"",
                        "database.backend must be one of \"sqlite\", \"postgres\", got \"mysql\""),
                bad(
                        "vector.backend = \"faiss\"",
                        "vector.backend must be one of \"brute_force\", \"hnsw\", \"pgvector\", \"qdrant\", got \"faiss\""),
                bad("search.max_results = 0", "search.max_results must be between 1 and 200, got 0"),
                bad("search.max_results = 201", "search.max_results must be between 1 and 200, got 201"),
                bad(
                        "search.default_mode = \"summary\"",
                        "search.default_mode must be one of \"locate\", \"full\", got \"summary\""),
                bad("search.min_score = -0.01", "search.min_score must be between 0.0 and 1.0, got -0.01"),
                bad("search.min_score = 1.01", "search.min_score must be between 0.0 and 1.0, got 1.01"),
                bad("search.min_score = nan", "search.min_score must be between 0.0 and 1.0, got NaN"),
                bad("context.budget_tokens = 255", "context.budget_tokens must be between 256 and 32768, got 255"),
                bad("context.budget_tokens = 32769", "context.budget_tokens must be between 256 and 32768, got 32769"),
                bad("embedding.dims = 0", "embedding.dims must be between 1 and 4096, got 0"),
                bad("embedding.dims = 4097", "embedding.dims must be between 1 and 4096, got 4097"),
                bad("embedding.batch_size = 0", "embedding.batch_size must be at least 1, got 0"),
                bad(
                        "embedding.timeout = \"999ms\"",
                        "embedding.timeout must be a duration between 1s and 10m (e.g. 30s, 2m), got \"999ms\""),
                bad(
                        "embedding.timeout = \"601s\"",
                        "embedding.timeout must be a duration between 1s and 10m (e.g. 30s, 2m), got \"601s\""),
                bad(
                        "embedding.timeout = \"thirty\"",
                        "embedding.timeout must be a duration between 1s and 10m (e.g. 30s, 2m), got \"thirty\""),
                bad(
                        "embedding.timeout = \"30\"",
                        "embedding.timeout must be a duration between 1s and 10m (e.g. 30s, 2m), got \"30\""),
                bad("postgres.max_open_conns = 0", "postgres.max_open_conns must be at least 1, got 0"),
                bad("postgres.max_idle_conns = -1", "postgres.max_idle_conns must be at least 0, got -1"),
                bad("mcp.max_output_tokens = 999", "mcp.max_output_tokens must be between 1000 and 200000, got 999"),
                bad(
                        "mcp.max_output_tokens = 200001",
                        "mcp.max_output_tokens must be between 1000 and 200000, got 200001"),
                bad("mcp.max_concurrent_calls = 0", "mcp.max_concurrent_calls must be between 1 and 256, got 0"),
                bad("mcp.max_concurrent_calls = 257", "mcp.max_concurrent_calls must be between 1 and 256, got 257"),
                bad("mcp.call_timeout_s = 0", "mcp.call_timeout_s must be between 1 and 600, got 0"),
                bad("mcp.call_timeout_s = 601", "mcp.call_timeout_s must be between 1 and 600, got 601"),
                bad("ranking.semantic_weight = -0.1", "ranking.semantic_weight must be between 0.0 and 1.0, got -0.1"),
                bad("ranking.lexical_weight = 1.1", "ranking.lexical_weight must be between 0.0 and 1.0, got 1.1"),
                bad("ranking.structural_weight = 2", "ranking.structural_weight must be between 0.0 and 1.0, got 2"),
                bad("ranking.change_weight = -1", "ranking.change_weight must be between 0.0 and 1.0, got -1"),
                bad("ranking.session_weight = 1.5", "ranking.session_weight must be between 0.0 and 1.0, got 1.5"),
                bad("ranking.context_share = 1.01", "ranking.context_share must be between 0.0 and 1.0, got 1.01"),
                bad(
                        "embedding.similarity_floor = 0.96",
                        "embedding.similarity_floor must be between 0.0 and 0.95, got 0.96"),
                bad(
                        "embedding.similarity_floor = -0.01",
                        "embedding.similarity_floor must be between 0.0 and 0.95, got -0.01"),
                bad(
                        "embedding.provider = \"openai\"",
                        "embedding.provider must be one of \"local\", \"ollama\", \"hashing\", got \"openai\""),
                bad("embedding.threads = 0", "embedding.threads must be between 1 and 64, got 0"),
                bad("embedding.threads = 65", "embedding.threads must be between 1 and 64, got 65"),
                bad("hnsw.m = 3", "hnsw.m must be between 4 and 64, got 3"),
                bad("hnsw.m = 65", "hnsw.m must be between 4 and 64, got 65"),
                bad("hnsw.ef_construction = 15", "hnsw.ef_construction must be between 16 and 1000, got 15"),
                bad("hnsw.ef_construction = 1001", "hnsw.ef_construction must be between 16 and 1000, got 1001"),
                bad("hnsw.ef_search = 9", "hnsw.ef_search must be between 10 and 1000, got 9"),
                bad("hnsw.ef_search = 1001", "hnsw.ef_search must be between 10 and 1000, got 1001"),
                bad("index.max_file_bytes = 1023", "index.max_file_bytes must be between 1024 and 67108864, got 1023"),
                bad(
                        "index.max_file_bytes = 67108865",
                        "index.max_file_bytes must be between 1024 and 67108864, got 67108865"),
                bad(
                        "index.max_chunk_tokens = 127\nindex.min_chunk_tokens = 0",
                        "index.max_chunk_tokens must be between 128 and 8192, got 127"),
                bad("index.max_chunk_tokens = 8193", "index.max_chunk_tokens must be between 128 and 8192, got 8193"),
                bad("index.min_chunk_tokens = -1", "index.min_chunk_tokens must be between 0 and 256, got -1"),
                bad(
                        "index.min_chunk_tokens = 257\nindex.max_chunk_tokens = 4096",
                        "index.min_chunk_tokens must be between 0 and 256, got 257"),
                bad("index.workers = 0", "index.workers must be between 1 and 64, got 0"),
                bad("index.workers = 65", "index.workers must be between 1 and 64, got 65"),
                bad(
                        "index.extensions = { h = \"cobol\" }",
                        "index.extensions.h must be one of \"bash\", \"c\", \"cpp\", \"csharp\", \"erb\", \"go\", "
                                + "\"java\", \"javascript\", \"kotlin\", \"php\", \"python\", \"ruby\", \"rust\", "
                                + "\"scala\", \"text\", \"tsx\", \"typescript\", got \"cobol\""),
                bad("index.plain_text = 1", "index.plain_text must be true or false, got 1"),
                bad("index.verify_hashes = \"no\"", "index.verify_hashes must be true or false, got \"no\""),
                bad("watcher.enabled = 0", "watcher.enabled must be true or false, got 0"),
                bad("watcher.debounce_ms = 19", "watcher.debounce_ms must be between 20 and 10000, got 19"),
                bad("watcher.debounce_ms = 10001", "watcher.debounce_ms must be between 20 and 10000, got 10001"),
                bad("test.patterns = [\"qa/\", \"\"]", "test.patterns[1] must be a non-empty string, got \"\""),
                bad("test.patterns = [\"qa/\", 3]", "test.patterns[1] must be a non-empty string, got 3"),
                bad("test.patterns = [\"*.{ts\"]", "test.patterns[0] must be a valid glob (Missing '}), got \"*.{ts\""),
                bad("postgres.schema = 5", "postgres.schema must be a string, got 5"),
                bad("qdrant.url = true", "qdrant.url must be a string, got true"));
    }

    private static Arguments bad(String toml, String message) {
        return Arguments.of(toml, "config: " + message);
    }

    @ParameterizedTest
    @MethodSource("outOfRange")
    void load_withValueOutOfRange_failsWithTheMi48Message(String toml, String message) {
        assertThat(ConfigFixture.errors(dir, toml)).containsExactly(message);
    }
}
