package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import shaktiman.app.config.TestHooks;
import shaktiman.testkit.CanonicalDump;
import shaktiman.testkit.corpus.GeneratedCorpus;

/** Verifies the writer's batching and per-file failure through {@code shaktiman index} as a process (T-43, T-45). */
@DaemonTest(fixture = Fixture.EMPTY)
@Timeout(value = 300, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class IndexBatchingIT {

    /**
     * T-43. The run's write transactions are counted by the store decorator and logged in one INFO line ({@code index
     * run wrote … in N write transactions}, field {@code transactions}); the writer's per-batch DEBUG lines never reach
     * the project log, which the CLI writes at INFO.
     */
    @Test
    void index_thousandFilesWithSlowCommits_commitsAtMostTwentyTransactions(Daemons daemons) throws IOException {
        Path root = daemons.root();
        GeneratedCorpus.write(root, 1_000, 43L);

        CliResult run = daemons.startCli(Map.of(TestHooks.ENV, "scanBatchDelayMs=500"), "index", root.toString())
                .awaitExit(Duration.ofSeconds(240));

        assertThat(run.exitCode()).as(run.toString()).isZero();
        List<JsonNode> lines = logLines(daemons, "index run wrote");
        assertThat(lines).hasSize(1);
        assertThat(lines.getFirst().get("completed").asBoolean()).isTrue();
        assertThat(lines.getFirst().get("transactions").asLong()).isBetween(1L, 20L);
    }

    /** T-45 at process level: a failing file keeps its old rows and is {@code write_failed}; it heals without the hook. */
    @Test
    void index_withWriteFailPath_keepsTheFilesOldRowsRecordsWriteFailedAndHealsWithoutTheHook(Daemons daemons)
            throws IOException {
        Path root = daemons.root();
        Files.createDirectories(root.resolve("pkg"));
        Files.writeString(root.resolve("pkg/a.py"), "def alpha():\n    return 1\n");
        Files.writeString(root.resolve("pkg/b.py"), "def beta():\n    return 2\n");
        assertThat(daemons.cli("index", root.toString()).exitCode()).isZero();
        Path db = daemons.layout().indexDb();
        List<String> aBefore = linesOf(CanonicalDump.of(db), "pkg/a.py");
        Files.writeString(root.resolve("pkg/a.py"), "def alpha():\n    return 1\n\ndef gamma():\n    return 3\n");
        Files.writeString(root.resolve("pkg/b.py"), "def beta():\n    return 2\n\ndef delta():\n    return 4\n");

        CliResult failing = daemons.cli(Map.of(TestHooks.ENV, "writeFailPath=pkg/a.py"), "index", root.toString());

        assertThat(failing.exitCode()).as(failing.toString()).isZero();
        assertThat(failing.stderr()).contains("cannot store pkg/a.py");
        List<String> dump = CanonicalDump.of(db);
        assertThat(linesOf(dump, "pkg/a.py"))
                .filteredOn(line -> !line.startsWith("skipped "))
                .containsExactlyElementsOf(aBefore);
        assertThat(dump).contains("skipped pkg/a.py write_failed");
        assertThat(String.join("\n", linesOf(dump, "pkg/b.py"))).contains("delta");
        CliResult healed = daemons.cli("index", root.toString());
        assertThat(healed.exitCode()).as(healed.toString()).isZero();
        List<String> after = CanonicalDump.of(db);
        assertThat(String.join("\n", linesOf(after, "pkg/a.py"))).contains("gamma");
        assertThat(after).noneMatch(line -> line.startsWith("skipped "));
    }

    private static List<String> linesOf(List<String> dump, String path) {
        return dump.stream().filter(line -> line.split(" ")[1].startsWith(path)).toList();
    }

    private static List<JsonNode> logLines(Daemons daemons, String message) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        return Files.readAllLines(daemons.layout().logFile()).stream()
                .filter(line -> line.contains(message))
                .map(line -> {
                    try {
                        return json.readTree(line);
                    } catch (IOException e) {
                        throw new AssertionError("not a JSON log line: " + line, e);
                    }
                })
                .toList();
    }
}
