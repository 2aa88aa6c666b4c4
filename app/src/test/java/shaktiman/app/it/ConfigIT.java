package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Verifies that an invalid config stops a leader cleanly and an unknown key only warns: §10 scenarios 21–22. */
@DaemonTest
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ConfigIT {

    private static final String POSTGRES_WITH_URL = """
            [database]
            backend = "postgres"

            [postgres]
            connection_string = "postgres://it@localhost:5432/it"
            """;

    static Stream<Arguments> localVectorStores() {
        return Stream.of(
                Arguments.of("brute_force", ".shaktiman/embeddings.bin"),
                Arguments.of("hnsw", ".shaktiman/embeddings.hnsw"));
    }

    // Scenario 21 (MI-49 rule 4, MI-51), through shaktimand
    @ParameterizedTest
    @MethodSource("localVectorStores")
    void leader_withPostgresAndLocalVectorStore_exitsOneNamingTheRace(
            String vectorBackend, String vectorFile, Daemons daemons) {
        writeConfig(daemons, POSTGRES_WITH_URL + "\n[vector]\nbackend = \"" + vectorBackend + "\"\n");

        DaemonProcess d = daemons.start();

        assertThat(d.awaitExit(Daemons.LEADER_START)).isEqualTo(1);
        assertThat(d.finalStderr(Daemons.SHORT))
                .contains("vector.backend \"" + vectorBackend
                        + "\" cannot be combined with database.backend \"postgres\"")
                .contains(vectorFile)
                .contains("race")
                .contains("pgvector")
                .contains("qdrant");
        assertThat(daemons.layout().socketPath()).as("P never created").doesNotExist();
        assertThat(daemons.state().logRecord(d.pid(), "socket listening")).isEmpty();
        assertThat(LockHolder.isFree(daemons, daemons.layout().lockFile()))
                .as("lock free")
                .isTrue();
    }

    // Scenario 21 (MI-49 rule 4, MI-40), through index
    @Test
    void index_withPostgresAndHnsw_exitsOneNamingTheRace(Daemons daemons) {
        writeConfig(daemons, POSTGRES_WITH_URL + "\n[vector]\nbackend = \"hnsw\"\n");

        CliResult result = daemons.cli("index", daemons.root().toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.stderr())
                .contains("cannot be combined with database.backend \"postgres\"")
                .contains(".shaktiman/embeddings.hnsw")
                .contains("race")
                .contains("pgvector")
                .contains("qdrant");
        assertThat(LockHolder.isFree(daemons, daemons.layout().lockFile()))
                .as("lock free")
                .isTrue();
    }

    // Scenario 21: the other MI-49 messages, all reported together
    @Test
    void leader_withSeveralCrossFieldViolations_reportsEveryOne(Daemons daemons) {
        writeConfig(daemons, "[database]\nbackend = \"postgres\"\n\n[vector]\nbackend = \"hnsw\"\n");

        DaemonProcess d = daemons.start();

        assertThat(d.awaitExit(Daemons.LEADER_START)).isEqualTo(1);
        assertThat(d.finalStderr(Daemons.SHORT))
                .contains(
                        "config: database.backend \"postgres\" requires postgres.connection_string or SHAKTIMAN_POSTGRES_URL")
                .contains("config: vector.backend \"hnsw\" cannot be combined with database.backend \"postgres\"");
    }

    // Scenario 21: MI-49 rules 1 and 3, one per config
    @ParameterizedTest
    @MethodSource("singleViolations")
    void leader_withCrossFieldViolation_exitsOneWithItsMessage(String config, String message, Daemons daemons) {
        writeConfig(daemons, config);

        DaemonProcess d = daemons.start();

        assertThat(d.awaitExit(Daemons.LEADER_START)).isEqualTo(1);
        assertThat(d.finalStderr(Daemons.SHORT)).contains(message);
        assertThat(daemons.layout().socketPath()).doesNotExist();
    }

    static List<Arguments> singleViolations() {
        return List.of(
                Arguments.of(
                        "[vector]\nbackend = \"pgvector\"\n",
                        "config: vector.backend \"pgvector\" requires database.backend \"postgres\""),
                Arguments.of(
                        "[vector]\nbackend = \"qdrant\"\n", "config: vector.backend \"qdrant\" requires qdrant.url"));
    }

    /** T-59: a vector store the build lacks stops the leader with IX-61's message, never a start without vectors. */
    @Test
    void leader_withQdrantMissingFromTheBuild_exitsOneWithTheIx61Message(Daemons daemons) {
        writeConfig(
                daemons,
                "[vector]\nbackend = \"qdrant\"\n[qdrant]\nurl = \"http://127.0.0.1:6333\"\n"
                        + "[embedding]\nenabled = true\nprovider = \"hashing\"\n");

        DaemonProcess d = daemons.start();

        assertThat(d.awaitExit(Daemons.LEADER_START)).isEqualTo(1);
        assertThat(d.finalStderr(Daemons.SHORT))
                .contains("config: vector.backend \"qdrant\" is not available in this build");
        assertThat(daemons.layout().socketPath()).doesNotExist();
    }

    // Scenario 22 (MI-50)
    @Test
    void leader_withMisspelledKey_startsAndWarnsWithASuggestion(Daemons daemons) {
        writeConfig(daemons, "[search]\nmax_result = 5\n");

        DaemonProcess a = daemons.startLeader();

        Await.until(Daemons.SHORT, () -> a.stderr().contains("did you mean"), "the config warning on stderr");
        assertThat(a.stderr())
                .contains("unknown key \"search.max_result\"")
                .contains("did you mean \"search.max_results\"");
        LogRecord warning = daemons.state().awaitLog(a.pid(), "config warning", Daemons.SHORT);
        assertThat(warning.mentions("unknown key \"search.max_result\""))
                .as(warning.raw())
                .isTrue();
    }

    private static void writeConfig(Daemons daemons, String toml) {
        Path stateDir = daemons.layout().stateDir();
        try {
            Files.createDirectories(
                    stateDir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-x---")));
            Files.writeString(daemons.layout().configFile(), toml);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the config under " + stateDir, e);
        }
    }
}
