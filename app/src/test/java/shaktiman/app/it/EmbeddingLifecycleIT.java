package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import shaktiman.testkit.McpFixture;

/**
 * Verifies the embedding side's life in a real {@code bin/shaktimand} on the mcp-tools §6 fixture: edits are embedded
 * again promptly (F11), queue depth and stale counts are real (F12), the vectors are saved at shutdown and read by the
 * CLI's search (MI-42), and with embeddings off no vector file is touched (IX-61, E2).
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@DaemonTest(fixture = Fixture.MCP)
class EmbeddingLifecycleIT {
    private static final Map<String, String> HASHING_ENV =
            Map.of("SHAKTIMAN_EMBEDDING_ENABLED", "true", "SHAKTIMAN_EMBEDDING_PROVIDER", "hashing");

    private static ToolCalls startHashingLeader(Daemons daemons, String hooks) {
        DaemonLauncher launcher = SemanticSearchIT.hashing(daemons.daemon());
        if (!hooks.isEmpty()) {
            launcher.hooks(hooks);
        }
        DaemonProcess leader = daemons.startLeader(launcher);
        Summaries.awaitReady(leader.mcp(), Daemons.LEADER_START);
        return new ToolCalls(leader.mcp());
    }

    private static JsonNode awaitStatus(ToolCalls tools, String what, Predicate<JsonNode> condition) {
        return Await.value(
                Daemons.SHORT,
                () -> Optional.of(tools.structured("enrichment_status", Map.of()))
                        .filter(condition),
                "enrichment_status: " + what);
    }

    private static void write(Path root, String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    // F11

    @Test
    void addedFunction_isEmbeddedAndFoundWithTheSemanticSignal(Daemons daemons) {
        ToolCalls tools = startHashingLeader(daemons, "");
        long chunksBefore = SemanticSearchIT.awaitEverythingEmbedded(tools)
                .path("total_chunks")
                .asLong();

        String name = McpFixture.addHashFunction(daemons.root());

        JsonNode status = awaitStatus(
                tools,
                "the new function indexed and every chunk embedded",
                s -> s.path("total_chunks").asLong() > chunksBefore
                        && s.path("pending_jobs").asLong() == 0
                        && s.path("embedded_chunks").asLong()
                                == s.path("total_chunks").asLong());
        assertThat(status.path("stale_vectors").asLong()).isZero();
        JsonNode hits = tools.structured("search", Map.of("query", name, "explain", true))
                .path("results");
        assertThat(hits.size()).isPositive();
        assertThat(hits.get(0).path("symbol").asText()).isEqualTo(name);
        assertThat(hits.get(0)
                        .path("explain")
                        .path("signals")
                        .path("semantic")
                        .path("available")
                        .asBoolean())
                .isTrue();
    }

    // F12

    @Test
    void queueDepthAndStaleFiles_riseWhileDelayedThenDrain(Daemons daemons) throws IOException {
        ToolCalls tools = startHashingLeader(daemons, "embedDelayMs=3000,indexDelayMs=3000");
        SemanticSearchIT.awaitEverythingEmbedded(tools);

        for (int i = 1; i <= 5; i++) {
            write(
                    daemons.root(),
                    "ts/src/extra/extra" + i + ".ts",
                    "export function extraHelper" + i + "(value: string): string {\n  return value.trim() + '" + i
                            + "';\n}\n");
        }
        awaitStatus(tools, "pending_jobs > 0", s -> s.path("pending_jobs").asLong() > 0);
        awaitStatus(
                tools,
                "pending_jobs back to 0",
                s -> s.path("pending_jobs").asLong() == 0
                        && s.path("embedded_chunks").asLong()
                                == s.path("total_chunks").asLong());

        McpFixture.editTestFiles(daemons.root());
        awaitStatus(tools, "stale_files >= 1", s -> s.path("stale_files").asLong() >= 1);
        JsonNode drained = awaitStatus(
                tools, "stale_files back to 0", s -> s.path("stale_files").asLong() == 0);

        assertThat(drained.path("stale_files").asLong()).isZero();
        assertThat(tools.structured("summary", Map.of()).path("stale_files").asLong())
                .isZero();
    }

    // MI-42, MI-52 step 6

    @Test
    void cliSearch_afterTheLeaderSavedItsVectors_ranksHybrid(Daemons daemons) {
        DaemonLauncher launcher = SemanticSearchIT.hashing(daemons.daemon());
        DaemonProcess leader = daemons.startLeader(launcher);
        Summaries.awaitReady(leader.mcp(), Daemons.LEADER_START);
        SemanticSearchIT.awaitEverythingEmbedded(new ToolCalls(leader.mcp()));
        Path vectorFile = daemons.layout().stateDir().resolve("embeddings.bin");

        leader.closeStdin();
        assertThat(leader.awaitExit(Daemons.SHORT)).as(leader.stderr()).isZero();
        assertThat(vectorFile).isRegularFile();
        CliResult search = daemons.cli(
                HASHING_ENV,
                "search",
                "compare password",
                "--explain",
                "--format",
                "json",
                "--root",
                daemons.root().toString());

        assertThat(search.exitCode()).as(search.toString()).isZero();
        JsonNode result = parse(search.stdout());
        assertThat(result.path("strategy").asText()).isEqualTo("hybrid");
        assertThat(result.has("warning")).as(search.stdout()).isFalse();
        assertThat(result.path("results").get(0).path("symbol").asText()).isEqualTo("comparePassword");
        assertThat(result.path("results")
                        .get(0)
                        .path("explain")
                        .path("signals")
                        .path("semantic")
                        .path("available")
                        .asBoolean())
                .isTrue();
    }

    // IX-61, E2

    @Test
    void embeddingsOff_openNoVectorFileAndTheCliWarnsWhenAskedForVectors(Daemons daemons) {
        DaemonProcess leader = daemons.startLeader(daemons.daemon().env("SHAKTIMAN_EMBEDDING_ENABLED", "false"));
        Summaries.awaitReady(leader.mcp(), Daemons.LEADER_START);
        ToolCalls tools = new ToolCalls(leader.mcp());
        Path vectorFile = daemons.layout().stateDir().resolve("embeddings.bin");

        JsonNode status = tools.structured("enrichment_status", Map.of());
        JsonNode search = tools.structured("search", Map.of("query", "validate token"));
        leader.closeStdin();
        assertThat(leader.awaitExit(Daemons.SHORT)).as(leader.stderr()).isZero();
        CliResult cli = daemons.cli(
                HASHING_ENV,
                "search",
                "validate token",
                "--format",
                "json",
                "--root",
                daemons.root().toString());

        assertThat(status.path("enabled").asBoolean()).isFalse();
        assertThat(status.path("circuit_state").asText()).isEqualTo("disabled");
        assertThat(status.path("pending_jobs").asLong()).isZero();
        assertThat(search.path("strategy").asText()).isEqualTo("keyword");
        assertThat(search.has("warning")).isFalse();
        assertThat(vectorFile).doesNotExist();
        assertThat(cli.exitCode()).as(cli.toString()).isZero();
        JsonNode cliResult = parse(cli.stdout());
        assertThat(cliResult.path("strategy").asText()).isEqualTo("keyword");
        assertThat(cliResult.path("warning").asText())
                .startsWith("Semantic search unavailable: no vectors saved yet")
                .endsWith("; keyword results only.");
        assertThat(cliResult.path("results").size()).isPositive();
        assertThat(vectorFile).doesNotExist();
    }

    private static JsonNode parse(String json) {
        try {
            return McpClient.JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
    }
}
