package shaktiman.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import shaktiman.app.build.BuildInfo;

/** Verifies MI-38's and MI-39's usage rules: exit 2 with {@code shaktiman: <message>} and a hint, or exit 0 for help. */
class CliUsageTest {

    @TempDir
    Path project;

    static Stream<Arguments> badValues() {
        return Stream.of(
                Arguments.of(new String[] {"--format", "yaml", "status"}, "--format must be json or text, got yaml"),
                Arguments.of(new String[] {"status", "--format=yaml"}, "--format must be json or text, got yaml"),
                Arguments.of(new String[] {"search", "q", "--max", "500"}, "--max must be between 1 and 200, got 500"),
                Arguments.of(new String[] {"search", "q", "--max=0"}, "--max must be between 1 and 200, got 0"),
                Arguments.of(
                        new String[] {"search", "q", "--max", "abc"},
                        "--max must be an integer between 1 and 200, got abc"),
                Arguments.of(
                        new String[] {"search", "q", "--mode", "brief"},
                        "--mode must be one of locate|full, got brief"),
                Arguments.of(
                        new String[] {"search", "q", "--min-score", "1.5"},
                        "--min-score must be between 0 and 1, got 1.5"),
                Arguments.of(
                        new String[] {"search", "q", "--min-score", "NaN"},
                        "--min-score must be between 0 and 1, got NaN"),
                Arguments.of(
                        new String[] {"search", "q", "--scope", "unit"},
                        "--scope must be one of impl|test|all, got unit"),
                Arguments.of(new String[] {"search", " "}, "<query> must not be empty"),
                Arguments.of(
                        new String[] {"context", "q", "--budget", "255"},
                        "--budget must be between 256 and 32768, got 255"),
                Arguments.of(
                        new String[] {"context", "q", "--budget", "32769"},
                        "--budget must be between 256 and 32768, got 32769"),
                Arguments.of(
                        new String[] {"symbols", "x", "--kind", "klass"},
                        "--kind must be one of function|method|class|interface|type|variable|constant|namespace|file,"
                                + " got klass"),
                Arguments.of(new String[] {"deps", "x", "--depth", "9"}, "--depth must be between 1 and 5, got 9"),
                Arguments.of(
                        new String[] {"deps", "x", "--direction", "up"},
                        "--direction must be one of callers|callees|both, got up"),
                Arguments.of(new String[] {"diff", "--since", "800h"}, "--since must be between 1s and 720h, got 800h"),
                Arguments.of(new String[] {"diff", "--since", "31d"}, "--since must be between 1s and 720h, got 31d"),
                Arguments.of(new String[] {"diff", "--since", "0s"}, "--since must be between 1s and 720h, got 0s"),
                Arguments.of(
                        new String[] {"diff", "--since", "-1h"},
                        "--since must be a duration with unit s, m, h or d (for example 90m or 7d), got -1h"),
                Arguments.of(new String[] {"diff", "--limit", "501"}, "--limit must be between 1 and 500, got 501"),
                Arguments.of(
                        new String[] {"index", "--vector", "faiss"},
                        "--vector must be one of brute_force|hnsw|pgvector|qdrant, got faiss"),
                Arguments.of(
                        new String[] {"reindex", "--force", "--db", "mysql"},
                        "--db must be one of sqlite|postgres, got mysql"),
                Arguments.of(new String[] {"frobnicate"}, "unknown command: frobnicate"),
                Arguments.of(new String[] {}, "missing command"),
                Arguments.of(new String[] {"status", "--bogus"}, "Unknown option: '--bogus'"),
                Arguments.of(new String[] {"search"}, "Missing required parameter: '<query>'"),
                Arguments.of(new String[] {"search", "q", "--max"}, "Missing required parameter for option '--max'"));
    }

    @ParameterizedTest
    @MethodSource("badValues")
    void run_withBadValue_exits2NamingFlagRuleAndValue(String[] args, String message) {
        CliRun run = CliRun.run(project, withRoot(args));

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("shaktiman: " + message).contains("--help' for usage.");
        assertThat(run.out()).isEmpty();
        assertThat(project.resolve(".shaktiman")).doesNotExist();
    }

    @Test
    void run_withUsageError_printsHintForTheCommand() {
        CliRun run = CliRun.run(project, "deps", "x", "--depth", "9", "--root", project.toString());

        assertThat(run.err())
                .isEqualTo("shaktiman: --depth must be between 1 and 5, got 9\n"
                        + "Try 'shaktiman deps --help' for usage.\n");
    }

    @Test
    void help_atTopLevel_exits0AndListsEveryCommand() {
        CliRun run = CliRun.run(project, "--help");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .startsWith("Usage: shaktiman ")
                .contains(
                        "init",
                        "index",
                        "reindex",
                        "status",
                        "search",
                        "context",
                        "symbols",
                        "deps",
                        "diff",
                        "enrichment-status",
                        "explain",
                        "summary",
                        "--format",
                        "--root");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void help_ofSubcommandAfterOtherFlags_exits0() {
        CliRun run = CliRun.run(project, "search", "q", "--max", "5", "--help");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).startsWith("Usage: shaktiman search ").contains("--min-score");
    }

    @Test
    void help_runTwice_printsTheSameText() {
        String first = CliRun.run(project, "--help").out();

        String second = CliRun.run(project, "--help").out();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void version_exits0WithBuildInfoLine() {
        CliRun run = CliRun.run(project, "--version");

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
        assertThat(run.out()).isEqualTo(BuildInfo.load().versionLine("shaktiman") + "\n");
    }

    @Test
    void positionalRoot_disagreeingWithRootOption_exits2() throws Exception {
        Path other = Files.createDirectory(project.resolve("other"));

        CliRun run = CliRun.run(project, "init", project.toString(), "--root", other.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("shaktiman: the root argument " + project);
        assertThat(project.resolve(".shaktiman")).doesNotExist();
        assertThat(other.resolve(".shaktiman")).doesNotExist();
    }

    @Test
    void positionalRoot_agreeingWithRootOptionThroughSymlink_isAccepted() throws Exception {
        Path link = Files.createSymbolicLink(project.resolve("link"), project);

        CliRun run = CliRun.run(project, "init", link.toString(), "--root=" + project);

        assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void rootOption_beforeAndAfterCommandDisagreeing_exits2() throws Exception {
        Path other = Files.createDirectory(project.resolve("other"));

        CliRun run = CliRun.run(project, "--root", project.toString(), "status", "--root", other.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("shaktiman: --root given twice with different values");
    }

    @Test
    void root_thatDoesNotExist_exits2() {
        CliRun run = CliRun.run(
                project, "summary", "--root", project.resolve("missing").toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("shaktiman: " + project.resolve("missing") + ": no such directory");
    }

    @Test
    void root_thatIsAFile_exits2() throws Exception {
        Path file = Files.writeString(project.resolve("file"), "x");

        CliRun run = CliRun.run(project, "index", file.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).startsWith("shaktiman: " + file + ": not a directory");
    }

    private String[] withRoot(String[] args) {
        String[] withRoot = new String[args.length + 2];
        withRoot[0] = "--root";
        withRoot[1] = project.toString();
        System.arraycopy(args, 0, withRoot, 2, args.length);
        return withRoot;
    }
}
