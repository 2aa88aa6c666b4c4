package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import shaktiman.testkit.CanonicalDump;

/** Verifies {@code shaktiman index} as a process: §10 scenario 27's index part (MI-39, MI-44). */
@DaemonTest(fixture = Fixture.EMPTY)
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class IndexCliIT {

    @Test
    void index_withStderrNotATerminal_printsProgressLinesOnStderrAndOnlyTheSummaryOnStdout(Daemons daemons)
            throws IOException {
        Path root = daemons.root();
        for (int i = 0; i < 30; i++) {
            Path dir = Files.createDirectories(root.resolve("src/p" + (i % 5)));
            Files.writeString(
                    dir.resolve("C" + i + ".java"), "class C" + i + " {\n    int f() { return " + i + "; }\n}\n");
        }

        CliResult result = daemons.cli("--format", "text", "index", root.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stdout())
                .startsWith("Indexed: ")
                .contains("  java: 30 files")
                .doesNotContain("Indexing");
        assertThat(result.stderr().lines().filter(line -> line.startsWith("Indexing: ")))
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line).matches("Indexing: (\\d?0|100)% \\(.*files.*\\)"))
                .last()
                .asString()
                .startsWith("Indexing: 100%");
        assertThat(result.stderr()).doesNotContain("\r");
    }

    @Test
    void index_twice_secondRunFindsEverythingUnchangedAndReadCommandsSeeTheIndex(Daemons daemons) throws IOException {
        Path root = daemons.root();
        Files.writeString(root.resolve("app.py"), "def main():\n    return 1\n");
        assertThat(daemons.cli("index", root.toString()).exitCode()).isZero();

        CliResult second = daemons.cli("--format", "json", "index", root.toString());
        CliResult status = daemons.cli("--format", "json", "status", root.toString());

        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.stdout()).contains("\"files\": 1").contains("\"python\": 1");
        assertThat(status.stdout()).contains("\"full_index_completed\": true");
    }

    /** T-26 at process level on a small tree; {@code IndexDeterminismTest} runs the generated corpus. */
    @Test
    void index_sameTreeInTwoPlaces_equalCanonicalDumps(Daemons daemons) throws IOException {
        Path first = daemons.root();
        Path second = daemons.newDir("copy");
        for (Path root : new Path[] {first, second}) {
            Files.createDirectories(root.resolve("pkg"));
            Files.writeString(root.resolve("pkg/util.py"), "def helper(x):\n    return x * 2\n");
            Files.writeString(
                    root.resolve("pkg/main.py"), "from pkg.util import helper\n\ndef main():\n    return helper(1)\n");
            assertThat(daemons.cli("index", root.toString()).exitCode()).isZero();
        }

        assertThat(CanonicalDump.of(Daemons.layout(second, daemons.tmpDir()).indexDb()))
                .isNotEmpty()
                .containsExactlyElementsOf(
                        CanonicalDump.of(Daemons.layout(first, daemons.tmpDir()).indexDb()));
    }

    @Test
    void index_overCorruptDatabase_exitsOneNamingTheFileAndReindexWithoutATrace(Daemons daemons) throws IOException {
        Path root = daemons.root();
        Files.writeString(root.resolve("app.py"), "def main():\n    return 1\n");
        assertThat(daemons.cli("index", root.toString()).exitCode()).isZero();
        Path db = daemons.layout().indexDb();
        byte[] bytes = Files.readAllBytes(db);
        java.util.Arrays.fill(bytes, 100, bytes.length, (byte) 0x5a); // keeps the header, wrecks every page
        Files.write(db, bytes);

        CliResult result = daemons.cli("index", root.toString());

        assertThat(result.exitCode()).as(result.toString()).isOne();
        assertThat(result.stderr())
                .contains(db.toString())
                .contains("reindex --force")
                .doesNotContain("unexpected error")
                .doesNotContain("\tat ");
    }
}
