package shaktiman.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Verifies that ConfigLoader merges defaults, file, environment and CLI in MI-47's order and reports file errors. */
class ConfigLoaderTest {

    @TempDir
    Path dir;

    @Test
    void load_withoutFile_returnsDefaultsAndNoWarnings() {
        Path absent = dir.resolve("shaktiman.toml");

        LoadedConfig loaded = ConfigLoader.load(absent, Map.of(), Map.of());

        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.config()).isEqualTo(Config.defaults());
        assertThat(Files.exists(absent)).isFalse();
    }

    @Test
    void defaults_matchTheSpecTables() {
        Config config = Config.defaults();

        int cores = Math.clamp(Runtime.getRuntime().availableProcessors(), 1, 64);
        assertThat(config.database().backend()).isEqualTo(DatabaseBackend.SQLITE);
        assertThat(config.vector().backend()).isEqualTo(VectorBackend.BRUTE_FORCE);
        assertThat(config.postgres()).isEqualTo(new Config.Postgres("", 20, 10, "public"));
        assertThat(config.qdrant()).isEqualTo(new Config.Qdrant("", "shaktiman", ""));
        assertThat(config.search()).isEqualTo(new Config.Search(10, SearchMode.LOCATE, 0.15));
        assertThat(config.context()).isEqualTo(new Config.Context(4096, true));
        assertThat(config.mcp()).isEqualTo(new Config.Mcp(25_000, 16, Duration.ofSeconds(30)));
        assertThat(config.ranking()).isEqualTo(new Config.Ranking(0.6, 0.4, 0.4, 0.3, 0.3, 0.3));
        assertThat(config.embedding())
                .isEqualTo(new Config.Embedding(
                        false,
                        EmbeddingProvider.LOCAL,
                        "all-minilm-l6-v2-q",
                        384,
                        "http://localhost:11434",
                        Duration.ofSeconds(120),
                        128,
                        cores,
                        "",
                        "",
                        0.3));
        assertThat(config.hnsw()).isEqualTo(new Config.Hnsw(16, 200, 64));
        assertThat(config.index()).isEqualTo(new Config.Index(1_048_576, 1024, 20, cores, true, false, Map.of()));
        assertThat(config.watcher()).isEqualTo(new Config.Watcher(true, 200));
        assertThat(config.test().patterns())
                .contains("test/", "src/test/", "*_test.go", "*.spec.{ts,tsx,js,jsx,mjs,cjs}", "*IT.java", "*.bats")
                .hasSize(36);
    }

    @Test
    void load_withEmptyFile_returnsDefaults() {
        LoadedConfig loaded = ConfigFixture.load(dir, "");

        assertThat(loaded.config()).isEqualTo(Config.defaults());
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void load_withValuesInEverySection_readsThem() {
        String toml = """
                [database]
                backend = "postgres"
                [vector]
                backend = "qdrant"
                [postgres]
                connection_string = "postgres://u@h/db"
                max_open_conns = 5
                max_idle_conns = 0
                schema = "idx"
                [qdrant]
                url = "http://q:6333"
                collection = "c"
                api_key = "k"
                [search]
                max_results = 20
                default_mode = "full"
                min_score = 0
                [context]
                budget_tokens = 1024
                enabled = false
                [mcp]
                max_output_tokens = 5000
                max_concurrent_calls = 4
                call_timeout_s = 90
                [ranking]
                semantic_weight = 0.0
                lexical_weight = 1
                structural_weight = 0.5
                change_weight = 0.25
                session_weight = 0.125
                context_share = 0.5
                [embedding]
                enabled = true
                provider = "ollama"
                ollama_url = "http://gpu:11434"
                timeout = "2m"
                batch_size = 32
                threads = 3
                document_prefix = "passage: "
                query_prefix = "query: "
                similarity_floor = 0.95
                [hnsw]
                m = 32
                ef_construction = 400
                ef_search = 100
                [index]
                max_file_bytes = 2048
                max_chunk_tokens = 512
                min_chunk_tokens = 0
                workers = 2
                plain_text = false
                verify_hashes = true
                extensions = { H = "cpp", ".tpl" = "text" }
                [watcher]
                enabled = false
                debounce_ms = 500
                [test]
                patterns = ["checks/", "*_check.go"]
                """;

        Config config = ConfigFixture.load(dir, toml).config();

        assertThat(config.database().backend()).isEqualTo(DatabaseBackend.POSTGRES);
        assertThat(config.vector().backend()).isEqualTo(VectorBackend.QDRANT);
        assertThat(config.postgres()).isEqualTo(new Config.Postgres("postgres://u@h/db", 5, 0, "idx"));
        assertThat(config.qdrant()).isEqualTo(new Config.Qdrant("http://q:6333", "c", "k"));
        assertThat(config.search()).isEqualTo(new Config.Search(20, SearchMode.FULL, 0.0));
        assertThat(config.context()).isEqualTo(new Config.Context(1024, false));
        assertThat(config.mcp()).isEqualTo(new Config.Mcp(5000, 4, Duration.ofSeconds(90)));
        assertThat(config.ranking()).isEqualTo(new Config.Ranking(0.0, 1.0, 0.5, 0.25, 0.125, 0.5));
        assertThat(config.embedding())
                .isEqualTo(new Config.Embedding(
                        true,
                        EmbeddingProvider.OLLAMA,
                        "nomic-embed-text",
                        768,
                        "http://gpu:11434",
                        Duration.ofMinutes(2),
                        32,
                        3,
                        "passage: ",
                        "query: ",
                        0.95));
        assertThat(config.hnsw()).isEqualTo(new Config.Hnsw(32, 400, 100));
        assertThat(config.index())
                .isEqualTo(new Config.Index(2048, 512, 0, 2, false, true, Map.of("h", "cpp", "tpl", "text")));
        assertThat(config.watcher()).isEqualTo(new Config.Watcher(false, 500));
        assertThat(config.test().patterns()).containsExactly("checks/", "*_check.go");
    }

    @Test
    void load_withModelAndDimsSet_usesThemOverTheProviders() {
        String toml = """
                [embedding]
                provider = "ollama"
                model = "mxbai-embed-large"
                dims = 1024
                """;

        Config.Embedding embedding = ConfigFixture.load(dir, toml).config().embedding();

        assertThat(embedding.model()).isEqualTo("mxbai-embed-large");
        assertThat(embedding.dims()).isEqualTo(1024);
    }

    @Test
    void load_withHashingProvider_resolvesItsModelAndDims() {
        Config.Embedding embedding = ConfigFixture.load(dir, "embedding.provider = \"hashing\"\n")
                .config()
                .embedding();

        assertThat(embedding.model()).isEqualTo("hashing-1024");
        assertThat(embedding.dims()).isEqualTo(1024);
    }

    @Test
    void load_withSyntaxError_failsWithFileLineAndColumn() {
        Path file = ConfigFixture.write(dir, "[search]\nmax_results = = 5\n");

        ConfigException e = assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> ConfigLoader.load(file, Map.of(), Map.of()))
                .actual();

        assertThat(e.messages()).singleElement().asString().startsWith("config: " + file + ":2:15: Unexpected '='");
    }

    @Test
    void load_withDuplicateKey_failsWithFileLineAndColumn() {
        Path file = ConfigFixture.write(dir, "[search]\nmax_results = 5\nmax_results = 6\n");

        ConfigException e = assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> ConfigLoader.load(file, Map.of(), Map.of()))
                .actual();

        assertThat(e.messages())
                .containsExactly("config: " + file + ":3:1: max_results previously defined at line 2, column 1");
    }

    @Test
    void load_withStringWhereIntegerExpected_failsNamingTheKey() {
        assertThat(ConfigFixture.errors(dir, "[search]\nmax_results = \"ten\"\n"))
                .containsExactly("config: search.max_results must be an integer between 1 and 200, got \"ten\"");
    }

    @Test
    void load_withWrongTypesForEachKind_failsNamingEachKey() {
        String toml = """
                [database]
                backend = 1
                [search]
                min_score = "high"
                [context]
                enabled = "yes"
                [embedding]
                timeout = 30
                batch_size = 1.5
                query_prefix = 7
                [index]
                extensions = ["h"]
                [test]
                patterns = "test/"
                """;

        assertThat(ConfigFixture.errors(dir, toml))
                .containsExactly(
                        "config: database.backend must be one of \"sqlite\", \"postgres\", got 1",
                        "config: search.min_score must be a number between 0.0 and 1.0, got \"high\"",
                        "config: context.enabled must be true or false, got \"yes\"",
                        "config: embedding.timeout must be a duration between 1s and 10m (e.g. 30s, 2m), got 30",
                        "config: embedding.batch_size must be an integer of at least 1, got 1.5",
                        "config: embedding.query_prefix must be a string of at most 200 characters, got 7",
                        "config: index.extensions must be a table of extension = language id, got an array",
                        "config: test.patterns must be a list of strings, got \"test/\"");
    }

    @Test
    void load_withSectionThatIsNotATable_failsNamingTheSection() {
        assertThat(ConfigFixture.errors(dir, "search = 5\n")).containsExactly("config: search must be a table, got 5");
    }

    @Test
    void load_withArrayOfTablesForASection_failsNamingTheSection() {
        assertThat(ConfigFixture.errors(dir, "[[search]]\nmax_results = 5\n"))
                .containsExactly("config: search must be a table, got an array");
    }

    @Test
    void load_whenFileIsADirectory_failsNamingTheFile() throws Exception {
        Path file = Files.createDirectory(dir.resolve("shaktiman.toml"));

        assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> ConfigLoader.load(file, Map.of(), Map.of()))
                .withMessageStartingWith("config: cannot read " + file + ": ");
    }

    @Test
    void load_withFileEnvAndCli_cliWinsOverEnvWhichWinsOverFile() {
        Path file = ConfigFixture.write(dir, "[search]\nmax_results = 20\nmin_score = 0.5\ndefault_mode = \"full\"\n");
        Map<String, String> env = Map.of("SHAKTIMAN_SEARCH_MAX_RESULTS", "30", "SHAKTIMAN_SEARCH_MIN_SCORE", "0.25");
        Map<String, String> cli = Map.of("search.max_results", "40");

        Config.Search search = ConfigLoader.load(file, env, cli).config().search();

        assertThat(search.maxResults()).isEqualTo(40);
        assertThat(search.minScore()).isEqualTo(0.25);
        assertThat(search.defaultMode()).isEqualTo(SearchMode.FULL);
    }

    @Test
    void load_withIndexFlagOverrides_setsBackendsAndUrls() {
        Path file = ConfigFixture.write(dir, "");
        Map<String, String> cli = Map.of(
                "database.backend", "postgres",
                "vector.backend", "qdrant",
                "postgres.connection_string", "postgres://h/db",
                "qdrant.url", "http://q:6333",
                "embedding.enabled", "true");

        Config config = ConfigLoader.load(file, Map.of(), cli, BuildBackends.everything())
                .config();

        assertThat(config.database().backend()).isEqualTo(DatabaseBackend.POSTGRES);
        assertThat(config.vector().backend()).isEqualTo(VectorBackend.QDRANT);
        assertThat(config.postgres().connectionString()).isEqualTo("postgres://h/db");
        assertThat(config.qdrant().url()).isEqualTo("http://q:6333");
        assertThat(config.embedding().enabled()).isTrue();
    }

    @Test
    void load_withInvalidCliValue_failsNamingTheCommandLine() {
        Path file = dir.resolve("absent.toml");

        ConfigException e = assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> ConfigLoader.load(file, Map.of(), Map.of("vector.backend", "faiss")))
                .actual();

        assertThat(e.messages())
                .containsExactly("config: vector.backend (from the command line) must be one of \"brute_force\", "
                        + "\"hnsw\", \"pgvector\", \"qdrant\", got \"faiss\"");
    }

    @Test
    void load_withCliOverrideNamingNoKey_failsAsProgrammingError() {
        Path file = dir.resolve("absent.toml");

        assertThatIllegalArgumentException()
                .isThrownBy(() -> ConfigLoader.load(file, Map.of(), Map.of("vector.backnd", "hnsw")))
                .withMessageContaining("vector.backnd");
    }

    @Test
    void load_withInvalidValuesInSeveralSources_reportsFileThenEnvThenCli() {
        Path file = ConfigFixture.write(dir, "[hnsw]\nm = 2\n[search]\nmax_results = 0\n");
        Map<String, String> env = Map.of("SHAKTIMAN_WATCHER_DEBOUNCE_MS", "5");
        Map<String, String> cli = Map.of("database.backend", "mysql");

        ConfigException e = assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> ConfigLoader.load(file, env, cli))
                .actual();

        assertThat(e.messages())
                .containsExactly(
                        "config: search.max_results must be between 1 and 200, got 0",
                        "config: hnsw.m must be between 4 and 64, got 2",
                        "config: SHAKTIMAN_WATCHER_DEBOUNCE_MS (watcher.debounce_ms) must be between 20 and 10000, got 5",
                        "config: database.backend (from the command line) must be one of \"sqlite\", \"postgres\", "
                                + "got \"mysql\"");
        assertThat(e.getMessage()).isEqualTo(String.join("\n", e.messages()));
    }

    @Test
    void postgresAndQdrant_toString_hideSecrets() {
        Config.Postgres postgres = new Config.Postgres("postgres://u:hunter2@h/db", 20, 10, "public");
        Config.Qdrant qdrant = new Config.Qdrant("http://q", "c", "sekrit");

        assertThat(postgres.toString()).doesNotContain("hunter2");
        assertThat(qdrant.toString()).doesNotContain("sekrit");
    }
}
