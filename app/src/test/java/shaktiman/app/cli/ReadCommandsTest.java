package shaktiman.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Verifies MI-42 for every read command: on a never-indexed root they exit 1 with the no-index message and create nothing. */
class ReadCommandsTest {

    @TempDir
    Path project;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "status",
                "search q --max 5 --mode full --min-score 0.5 --explain --path src --scope all",
                "search --max=5 --mode=locate q --min-score=0",
                "context q --budget 4096 --scope test",
                "symbols Foo --kind class",
                "deps Foo --direction callers --depth 3",
                "diff --since 90m --limit 10",
                "enrichment-status",
                "explain src/Main.java",
                "summary"
            })
    void readCommand_onNeverIndexedRoot_exits1AndCreatesNothing(String command) throws Exception {
        Path root = project.toRealPath();
        String[] args = (command + " --root " + root).split(" ");

        CliRun run = CliRun.run(project, args);

        assertThat(run.exit()).isEqualTo(ExitCodes.FAILURE);
        assertThat(run.err())
                .isEqualTo("shaktiman: no index for " + root + " (" + root + "/.shaktiman/index.db not found); start"
                        + " shaktimand there or run: shaktiman index " + root + "\n");
        assertThat(run.out()).isEmpty();
        assertThat(root.resolve(".shaktiman")).doesNotExist();
        try (var entries = Files.list(project)) {
            assertThat(entries).isEmpty();
        }
    }
}
