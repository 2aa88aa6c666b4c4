package shaktiman.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Verifies MI-49's cross-field rules word for word, MCP-6's weight rule, IX-67's chunk rule and IX-61's availability. */
class CrossFieldRulesTest {

    private static final String RULE_1 = "config: vector.backend \"pgvector\" requires database.backend \"postgres\"";
    private static final String RULE_2 =
            "config: database.backend \"postgres\" requires postgres.connection_string or SHAKTIMAN_POSTGRES_URL";
    private static final String RULE_3 = "config: vector.backend \"qdrant\" requires qdrant.url";
    private static final String RULE_4_BRUTE_FORCE = "config: vector.backend \"brute_force\" cannot be combined with"
            + " database.backend \"postgres\": the brute_force store keeps vectors in a local file"
            + " (.shaktiman/embeddings.bin), and several daemons sharing one Postgres database would race on it."
            + " Use vector.backend \"pgvector\" or \"qdrant\".";
    private static final String RULE_4_HNSW = "config: vector.backend \"hnsw\" cannot be combined with"
            + " database.backend \"postgres\": the hnsw store keeps vectors in a local file"
            + " (.shaktiman/embeddings.hnsw), and several daemons sharing one Postgres database would race on it."
            + " Use vector.backend \"pgvector\" or \"qdrant\".";

    @TempDir
    Path dir;

    @Test
    void pgvectorWithoutPostgres_failsWithRule1() {
        assertThat(ConfigFixture.errors(dir, "vector.backend = \"pgvector\"\n")).containsExactly(RULE_1);
    }

    @Test
    void postgresWithoutConnectionString_failsWithRule2() {
        String toml = "database.backend = \"postgres\"\nvector.backend = \"pgvector\"\n";

        assertThat(ConfigFixture.errors(dir, toml)).containsExactly(RULE_2);
    }

    @Test
    void postgresWithBlankConnectionString_failsWithRule2() {
        String toml = "database.backend = \"postgres\"\nvector.backend = \"pgvector\"\n"
                + "postgres.connection_string = \"  \"\n";

        assertThat(ConfigFixture.errors(dir, toml)).containsExactly(RULE_2);
    }

    @Test
    void postgresWithUrlFromEnvironment_passesRule2() {
        String toml = "database.backend = \"postgres\"\nvector.backend = \"pgvector\"\n";
        Map<String, String> env = Map.of("SHAKTIMAN_POSTGRES_URL", "postgres://h/db");

        Config config = ConfigFixture.load(dir, toml, env).config();

        assertThat(config.postgres().connectionString()).isEqualTo("postgres://h/db");
    }

    @Test
    void qdrantWithoutUrl_failsWithRule3() {
        assertThat(ConfigFixture.errors(dir, "vector.backend = \"qdrant\"\n")).containsExactly(RULE_3);
    }

    @Test
    void postgresWithBruteForce_failsWithRule4OnOneLine() {
        String toml = "database.backend = \"postgres\"\npostgres.connection_string = \"postgres://h/db\"\n";

        List<String> errors = ConfigFixture.errors(dir, toml);

        assertThat(errors).containsExactly(RULE_4_BRUTE_FORCE);
        assertThat(errors.getFirst()).doesNotContain("\n");
    }

    @Test
    void postgresWithHnsw_failsWithRule4NamingTheHnswFile() {
        String toml = "database.backend = \"postgres\"\nvector.backend = \"hnsw\"\n"
                + "postgres.connection_string = \"postgres://h/db\"\n";

        assertThat(ConfigFixture.errors(dir, toml)).containsExactly(RULE_4_HNSW);
    }

    /** Scenario 21: the strings a user must see, for both local-file stores, whether or not embedding is on. */
    @ParameterizedTest
    @ValueSource(strings = {"brute_force", "hnsw"})
    void postgresWithLocalFileStore_messageCarriesScenario21Strings(String backend) {
        for (String enabled : List.of("true", "false")) {
            String toml = """
                    [database]
                    backend = "postgres"
                    [postgres]
                    connection_string = "postgres://h/db"
                    [vector]
                    backend = "%s"
                    [embedding]
                    enabled = %s
                    """.formatted(backend, enabled);

            String joined = String.join("\n", ConfigFixture.errors(dir, toml));

            assertThat(joined)
                    .contains(
                            "cannot be combined with database.backend \"postgres\"",
                            backend.equals("hnsw") ? "embeddings.hnsw" : "embeddings.bin",
                            "race",
                            "pgvector",
                            "qdrant");
        }
    }

    @Test
    void postgresWithBruteForceAndNoUrl_reportsRules2And4Together() {
        assertThat(ConfigFixture.errors(dir, "database.backend = \"postgres\"\n"))
                .containsExactly(RULE_2, RULE_4_BRUTE_FORCE);
    }

    @Test
    void severalViolations_areAllReportedValueErrorsFirstThenRulesInOrder() {
        String toml = """
                [database]
                backend = "postgres"
                [vector]
                backend = "hnsw"
                [search]
                max_results = 500
                [ranking]
                semantic_weight = 0
                lexical_weight = 0.0
                [index]
                min_chunk_tokens = 256
                """;

        assertThat(ConfigFixture.errors(dir, toml))
                .containsExactly(
                        "config: search.max_results must be between 1 and 200, got 500",
                        RULE_2,
                        RULE_4_HNSW,
                        "config: ranking.semantic_weight and ranking.lexical_weight must not both be 0",
                        "config: index.min_chunk_tokens must be less than index.max_chunk_tokens / 4 (256), got 256");
    }

    @Test
    void pgvectorAndBadQdrantSettings_reportRule1WithTheOthers() {
        String toml = "vector.backend = \"pgvector\"\nranking.semantic_weight = 0\nranking.lexical_weight = 0\n";

        assertThat(ConfigFixture.errors(dir, toml))
                .containsExactly(
                        RULE_1, "config: ranking.semantic_weight and ranking.lexical_weight must not both be 0");
    }

    @Test
    void pgvectorWithPostgresAndUrl_passes() {
        String toml = "database.backend = \"postgres\"\nvector.backend = \"pgvector\"\n"
                + "postgres.connection_string = \"postgres://h/db\"\n";

        assertThatNoException().isThrownBy(() -> ConfigFixture.load(dir, toml));
    }

    @Test
    void weights_withOnlyOneZero_pass() {
        assertThatNoException().isThrownBy(() -> ConfigFixture.load(dir, "ranking.semantic_weight = 0\n"));
        assertThatNoException().isThrownBy(() -> ConfigFixture.load(dir, "ranking.lexical_weight = 0\n"));
    }

    @Test
    void minChunkTokens_atAQuarterOfAnOddMax_failsWithTheExactQuarter() {
        String toml = "index.max_chunk_tokens = 130\nindex.min_chunk_tokens = 33\n";

        assertThat(ConfigFixture.errors(dir, toml))
                .containsExactly(
                        "config: index.min_chunk_tokens must be less than index.max_chunk_tokens / 4 (32.5), got 33");
        assertThatNoException()
                .isThrownBy(
                        () -> ConfigFixture.load(dir, "index.max_chunk_tokens = 130\nindex.min_chunk_tokens = 32\n"));
    }

    @Test
    void invalidBackendValue_skipsRulesThatWouldJudgeTheDefaultInstead() {
        String toml =
                "database.backend = \"postgres\"\npostgres.connection_string = \"u\"\nvector.backend = \"pgvectr\"\n";

        assertThat(ConfigFixture.errors(dir, toml))
                .containsExactly("config: vector.backend must be one of \"brute_force\", \"hnsw\", \"pgvector\", "
                        + "\"qdrant\", got \"pgvectr\"");
    }

    @Test
    void backendMissingFromBuild_isReportedAfterTheMi49Messages() {
        Path file = ConfigFixture.write(
                dir,
                "database.backend = \"postgres\"\nvector.backend = \"hnsw\"\nembedding.enabled = true\n"
                        + "embedding.provider = \"local\"\n");

        ConfigException e = assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> ConfigLoader.load(file, Map.of(), Map.of(), BuildBackends.current()))
                .actual();

        assertThat(e.messages())
                .containsExactly(
                        RULE_2,
                        RULE_4_HNSW,
                        "config: database.backend \"postgres\" is not available in this build",
                        "config: vector.backend \"hnsw\" is not available in this build",
                        "config: embedding.provider \"local\" is not available in this build");
    }

    @Test
    void providerMissingFromBuild_isAcceptedWhileEmbeddingIsOff() {
        Path file = ConfigFixture.write(dir, "embedding.enabled = false\nembedding.provider = \"ollama\"\n");

        LoadedConfig loaded = ConfigLoader.load(file, Map.of(), Map.of(), BuildBackends.current());

        assertThat(loaded.config().embedding().provider()).isEqualTo(EmbeddingProvider.OLLAMA);
    }

    @Test
    void hashingProvider_isAvailableInThisBuild() {
        Map<String, String> env =
                Map.of("SHAKTIMAN_EMBEDDING_ENABLED", "true", "SHAKTIMAN_EMBEDDING_PROVIDER", "hashing");

        LoadedConfig loaded = ConfigLoader.load(dir.resolve("absent.toml"), env, Map.of());

        assertThat(loaded.config().embedding().provider()).isEqualTo(EmbeddingProvider.HASHING);
        assertThat(loaded.config().embedding().enabled()).isTrue();
    }

    @Test
    void hashingProvider_withAnotherModelOrDims_failsNamingTheFixedValues() {
        Path file = ConfigFixture.write(
                dir, "[embedding]\nenabled = true\nprovider = \"hashing\"\nmodel = \"nomic-embed-text\"\ndims = 768\n");

        ConfigException e = assertThatExceptionOfType(ConfigException.class)
                .isThrownBy(() -> ConfigLoader.load(file, Map.of(), Map.of()))
                .actual();

        assertThat(e.messages())
                .containsExactly(
                        "config: embedding.model must be \"hashing-1024\" (or absent) for provider \"hashing\", got"
                                + " \"nomic-embed-text\"",
                        "config: embedding.dims must be 1024 (or absent) for provider \"hashing\", got 768");
    }

    @Test
    void hashingProvider_withItsOwnModelAndDims_passes() {
        Path file = ConfigFixture.write(
                dir, "[embedding]\nenabled = true\nprovider = \"hashing\"\nmodel = \"hashing-1024\"\ndims = 1024\n");

        LoadedConfig loaded = ConfigLoader.load(file, Map.of(), Map.of());

        assertThat(loaded.config().embedding().model()).isEqualTo("hashing-1024");
    }
}
