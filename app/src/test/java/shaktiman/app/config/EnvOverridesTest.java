package shaktiman.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verifies IX-67's environment overrides (T-69): MI-47's two variables, the general form, invalid values and unknown
 * names.
 */
class EnvOverridesTest {

    @TempDir
    Path dir;

    private LoadedConfig loadWithoutFile(Map<String, String> env) {
        return ConfigLoader.load(dir.resolve("shaktiman.toml"), env, Map.of(), BuildBackends.everything());
    }

    @Test
    void generalForm_overridesTheFile() {
        String toml = "[embedding]\nenabled = true\nprovider = \"local\"\n";
        Map<String, String> env =
                Map.of("SHAKTIMAN_EMBEDDING_ENABLED", "false", "SHAKTIMAN_EMBEDDING_PROVIDER", "hashing");

        Config.Embedding embedding = ConfigFixture.load(dir, toml, env).config().embedding();

        assertThat(embedding.enabled()).isFalse();
        assertThat(embedding.provider()).isEqualTo(EmbeddingProvider.HASHING);
    }

    @Test
    void generalForm_appliesWithoutAFile() {
        Map<String, String> env = Map.of(
                "SHAKTIMAN_EMBEDDING_PROVIDER", "hashing",
                "SHAKTIMAN_INDEX_MAX_FILE_BYTES", "2048",
                "SHAKTIMAN_EMBEDDING_TIMEOUT", "45s",
                "SHAKTIMAN_SEARCH_DEFAULT_MODE", "full",
                "SHAKTIMAN_RANKING_CONTEXT_SHARE", "0.5",
                "SHAKTIMAN_EMBEDDING_QUERY_PREFIX", "query: ");

        Config config = loadWithoutFile(env).config();

        assertThat(config.embedding().provider()).isEqualTo(EmbeddingProvider.HASHING);
        assertThat(config.index().maxFileBytes()).isEqualTo(2048);
        assertThat(config.embedding().timeout()).hasSeconds(45);
        assertThat(config.search().defaultMode()).isEqualTo(SearchMode.FULL);
        assertThat(config.ranking().contextShare()).isEqualTo(0.5);
        assertThat(config.embedding().queryPrefix()).isEqualTo("query: ");
    }

    @Test
    void postgresUrlAndQdrantApiKey_setTheirKeys() {
        Map<String, String> env = Map.of(
                "SHAKTIMAN_POSTGRES_URL", "postgres://h/db",
                "SHAKTIMAN_QDRANT_API_KEY", "k3y");

        LoadedConfig loaded = loadWithoutFile(env);

        assertThat(loaded.config().postgres().connectionString()).isEqualTo("postgres://h/db");
        assertThat(loaded.config().qdrant().apiKey()).isEqualTo("k3y");
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void postgresUrl_winsOverTheGeneralFormOfTheSameKey() {
        Map<String, String> env = Map.of(
                "SHAKTIMAN_POSTGRES_CONNECTION_STRING", "postgres://general/db",
                "SHAKTIMAN_POSTGRES_URL", "postgres://named/db");

        assertThat(loadWithoutFile(env).config().postgres().connectionString()).isEqualTo("postgres://named/db");
    }

    @Test
    void invalidValue_failsNamingTheVariableAndTheKey() {
        Map<String, String> env = Map.of("SHAKTIMAN_SEARCH_MAX_RESULTS", "500");

        assertThat(ConfigFixture.errors(dir, "", env))
                .containsExactly(
                        "config: SHAKTIMAN_SEARCH_MAX_RESULTS (search.max_results) must be between 1 and 200, got 500");
    }

    @Test
    void invalidValuesOfEachKind_failNamingTheVariable() {
        Map<String, String> env = Map.of(
                "SHAKTIMAN_SEARCH_MAX_RESULTS", "ten",
                "SHAKTIMAN_EMBEDDING_ENABLED", "nope",
                "SHAKTIMAN_SEARCH_MIN_SCORE", "high",
                "SHAKTIMAN_EMBEDDING_TIMEOUT", "1h",
                "SHAKTIMAN_VECTOR_BACKEND", "faiss");

        assertThat(ConfigFixture.errors(dir, "", env))
                .containsExactly(
                        "config: SHAKTIMAN_EMBEDDING_ENABLED (embedding.enabled) must be true or false, got \"nope\"",
                        "config: SHAKTIMAN_EMBEDDING_TIMEOUT (embedding.timeout) must be a duration between 1s and 10m"
                                + " (e.g. 30s, 2m), got \"1h\"",
                        "config: SHAKTIMAN_SEARCH_MAX_RESULTS (search.max_results) must be an integer between 1 and 200,"
                                + " got \"ten\"",
                        "config: SHAKTIMAN_SEARCH_MIN_SCORE (search.min_score) must be a number between 0.0 and 1.0,"
                                + " got \"high\"",
                        "config: SHAKTIMAN_VECTOR_BACKEND (vector.backend) must be one of \"brute_force\", \"hnsw\","
                                + " \"pgvector\", \"qdrant\", got \"faiss\"");
    }

    @Test
    void unknownVariable_warnsAndLoads() {
        LoadedConfig loaded = loadWithoutFile(Map.of("SHAKTIMAN_FOO", "1"));

        assertThat(loaded.warnings()).containsExactly("config: unknown environment variable \"SHAKTIMAN_FOO\" ignored");
        assertThat(loaded.config()).isEqualTo(Config.defaults());
    }

    @Test
    void misspeltVariable_warnsWithSuggestion() {
        LoadedConfig loaded = loadWithoutFile(Map.of("SHAKTIMAN_SEARCH_MAX_RESULT", "5"));

        assertThat(loaded.warnings())
                .containsExactly("config: unknown environment variable \"SHAKTIMAN_SEARCH_MAX_RESULT\" ignored;"
                        + " did you mean \"SHAKTIMAN_SEARCH_MAX_RESULTS\"?");
    }

    @Test
    void variablesWithAMeaningOfTheirOwn_andOtherVariables_areNotReadAsKeys() {
        Map<String, String> env = Map.of(
                "SHAKTIMAN_LOG_LEVEL", "debug",
                "SHAKTIMAN_TEST_HOOKS", "toolDelayMs=10",
                "PATH", "/usr/bin",
                "shaktiman_search_max_results", "5");

        LoadedConfig loaded = loadWithoutFile(env);

        assertThat(loaded.warnings()).isEmpty();
        assertThat(loaded.config()).isEqualTo(Config.defaults());
    }

    @Test
    void variableForAListKey_warnsThatOnlyTheFileCanSetIt() {
        LoadedConfig loaded = loadWithoutFile(Map.of("SHAKTIMAN_TEST_PATTERNS", "qa/"));

        assertThat(loaded.warnings())
                .containsExactly("config: environment variable \"SHAKTIMAN_TEST_PATTERNS\" ignored: test.patterns is"
                        + " not a single value and can only be set in the config file");
        assertThat(loaded.config().test().patterns()).isEqualTo(Config.Test.DEFAULT_PATTERNS);
    }
}
