package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Verifies the CLI against a running daemon and its usage errors: §10 scenarios 4, 5 and 27 (without indexing). */
@DaemonTest
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CliLockIT {

    // Scenario 4 (MI-40)
    @Test
    void index_whileDaemonRuns_refusesNamingThePidAndLeavesTheIndexAlone(Daemons daemons) throws IOException {
        DaemonProcess a = daemons.startLeader();
        Path indexDb = daemons.layout().indexDb();
        FileTime before = Files.getLastModifiedTime(indexDb);

        CliResult result = daemons.cli("index", daemons.root().toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.stderr()).contains("pid " + a.pid()).contains("keeps the index current");
        assertThat(Files.getLastModifiedTime(indexDb)).isEqualTo(before);
    }

    // Scenario 4 (MI-40)
    @Test
    void reindexForce_whileDaemonRuns_refusesAndSaysToStopIt(Daemons daemons) {
        daemons.startLeader();

        CliResult result = daemons.cli("reindex", "--force", daemons.root().toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.stderr()).contains("Stop it before running reindex");
    }

    // Scenario 4 (MI-41): stdin is /dev/null, so not a terminal
    @Test
    void reindex_withoutForceAndStdinNotATerminal_exitsTwo(Daemons daemons) {
        daemons.startLeader();

        CliResult result = daemons.cli("reindex", daemons.root().toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    }

    // Scenario 5 (MI-43)
    @Test
    void status_whileDaemonRuns_reportsItRunningWithItsPid(Daemons daemons) {
        DaemonProcess a = daemons.startLeader();

        CliResult result = daemons.cli(
                "--format", "text", "status", "--root", daemons.root().toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout()).contains("running (pid " + a.pid());
    }

    // Scenario 5 (MI-42): every read command on a never-indexed directory
    @ParameterizedTest
    @ValueSource(
            strings = {
                "status",
                "search handler",
                "context handler",
                "symbols App",
                "deps App",
                "diff",
                "enrichment-status",
                "summary",
                "explain src/App.java"
            })
    void readCommand_onNeverIndexedDirectory_exitsOneAndCreatesNothing(String command, Daemons daemons) {
        String[] words = command.split(" ");
        String[] args = new String[words.length + 2];
        System.arraycopy(words, 0, args, 0, words.length);
        args[words.length] = "--root";
        args[words.length + 1] = daemons.root().toString();

        CliResult result = daemons.cli(args);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(1);
        assertThat(result.stderr()).contains("shaktiman: no index for " + daemons.root());
        assertThat(daemons.layout().stateDir()).doesNotExist();
    }

    // Scenario 27 (MI-38)
    @Test
    void status_withUnknownFormat_exitsTwo(Daemons daemons) {
        CliResult result = daemons.cli(
                "--format", "yaml", "status", "--root", daemons.root().toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
    }

    // Scenario 27 (MI-39)
    @Test
    void search_withMaxOutOfRange_exitsTwoNamingTheRange(Daemons daemons) {
        CliResult result = daemons.cli(
                "search", "handler", "--max", "500", "--root", daemons.root().toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.stderr())
                .contains("--max")
                .contains("1")
                .contains("200")
                .contains("500");
    }

    // Scenario 27 (MI-39)
    @Test
    void deps_withDepthOutOfRange_exitsTwo(Daemons daemons) {
        CliResult result = daemons.cli(
                "deps", "App", "--depth", "9", "--root", daemons.root().toString());

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(2);
        assertThat(result.stderr()).contains("--depth");
    }
}
