package shaktiman.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.core.daemon.ProjectLayout;
import shaktiman.testkit.DatabaseChecks;

/**
 * Verifies what an {@code index} run does with what changed since the last one, over real SQLite and tree-sitter: skip
 * records that come and go (T-5, T-11), a fingerprint change rebuilt in place (T-10) and a test-pattern change
 * reclassifying files without re-indexing them (T-47).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class IndexRestartTest {
    private static final int MIB = 1 << 20;

    /** The files' {@code indexed_at} values summed in epoch ms: equal sums before and after mean none was rewritten. */
    private static final String INDEXED_AT_SUM = "SELECT sum(unixepoch(indexed_at, 'subsec') * 1000) FROM files";

    @TempDir
    Path project;

    private ProjectLayout layout;

    @BeforeEach
    void resolveLayout() throws IOException {
        layout = ProjectLayout.of(project.toRealPath(), CliRun.env(project));
    }

    private void write(String path, String content) throws IOException {
        Path file = project.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private void writeConfig(String toml) throws IOException {
        Files.createDirectories(layout.stateDir());
        Files.writeString(layout.configFile(), toml);
    }

    private void index() {
        CliRun run = CliRun.run(project, "index", project.toString());
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.OK);
    }

    private long count(String sql) {
        return DatabaseChecks.count(layout.indexDb(), sql);
    }

    private static byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) 'a');
        for (int i = 79; i < length; i += 80) {
            bytes[i] = '\n';
        }
        return bytes;
    }

    @Test
    void index_fileOneByteOverTheLimit_isSkippedWithSizeAndLimitInTheRowAndInExplain() throws IOException {
        Files.write(project.resolve("big.txt"), bytes(MIB + 1));
        write("small.py", "def f():\n    return 1\n");

        index();
        CliRun explain = CliRun.run(project, "--root", project.toString(), "--format", "json", "explain", "big.txt");

        assertThat(count("SELECT count(*) FROM skipped_files WHERE path = 'big.txt' AND reason = 'too_large'"
                        + " AND size = 1048577 AND detail LIKE '%limit 1048576%'"))
                .isOne();
        assertThat(count("SELECT count(*) FROM files WHERE path = 'big.txt'")).isZero();
        assertThat(explain.out())
                .contains("\"state\": \"too_large\"")
                .contains("1048577")
                .contains("1048576");
    }

    @Test
    void index_afterRaisingMaxFileBytes_indexesTheFileAndDropsItsSkipRow() throws IOException {
        Files.write(project.resolve("big.txt"), bytes(MIB + 1));
        index();
        writeConfig("[index]\nmax_file_bytes = 2097152\n");

        index();

        assertThat(count("SELECT count(*) FROM files WHERE path = 'big.txt'")).isOne();
        assertThat(count("SELECT count(*) FROM skipped_files")).isZero();
    }

    @Test
    void index_afterATooLargeFileShrinks_indexesItAndDropsItsSkipRow() throws IOException {
        Files.write(project.resolve("big.txt"), bytes(MIB + 1));
        index();
        Files.write(project.resolve("big.txt"), bytes(1000));

        index();

        assertThat(count("SELECT count(*) FROM files WHERE path = 'big.txt'")).isOne();
        assertThat(count("SELECT count(*) FROM skipped_files")).isZero();
    }

    @Test
    void index_afterABinaryFileIsDeleted_dropsItsSkipRow() throws IOException {
        Files.write(project.resolve("blob.dat"), new byte[] {'a', 0, 'b'});
        write("small.py", "def f():\n    return 1\n");
        index();
        assertThat(count("SELECT count(*) FROM skipped_files WHERE path = 'blob.dat' AND reason = 'binary'"))
                .isOne();
        Files.delete(project.resolve("blob.dat"));

        index();

        assertThat(count("SELECT count(*) FROM skipped_files")).isZero();
    }

    @Test
    void index_afterMaxChunkTokensHalves_rebuildsInPlaceKeepingUnchangedChunkIdsAndWritingNoRecords()
            throws IOException {
        write("small.py", "def a():\n    return 1\n\n\ndef b():\n    return 2\n");
        StringBuilder big = new StringBuilder("def big():\n");
        for (int i = 0; i < 120; i++) {
            big.append("    value_").append(i).append(" = compute(").append(i).append(", 'text')\n");
        }
        write("big.py", big.toString());
        index();
        long smallChunks =
                count("SELECT count(*) FROM chunks c JOIN files f ON f.id = c.file_id" + " WHERE f.path = 'small.py'");
        long maxIdBefore = count("SELECT max(id) FROM chunks");
        long bigChunksBefore =
                count("SELECT count(*) FROM chunks c JOIN files f ON f.id = c.file_id" + " WHERE f.path = 'big.py'");
        writeConfig("[index]\nmax_chunk_tokens = 512\n");

        index();

        assertThat(count("SELECT count(*) FROM diff_log")).isZero();
        assertThat(count("SELECT count(*) FROM chunks c JOIN files f ON f.id = c.file_id"
                        + " WHERE f.path = 'small.py' AND c.id <= " + maxIdBefore))
                .isEqualTo(smallChunks)
                .isPositive();
        assertThat(count("SELECT count(*) FROM chunks c JOIN files f ON f.id = c.file_id" + " WHERE f.path = 'big.py'"))
                .as("the function over 512 tokens is split now")
                .isGreaterThan(bigChunksBefore);
        assertThat(count("SELECT max(token_count) FROM chunks")).isLessThanOrEqualTo(512);
        assertThat(count("SELECT count(*) FROM config WHERE key = 'full_index_completed_at'"))
                .isOne();
    }

    @Test
    void index_withDefaultPatterns_classifiesTheFixturesFourTestFiles() throws IOException {
        writeTestFixture();

        index();

        assertThat(count("SELECT count(*) FROM files WHERE is_test = 1")).isEqualTo(4);
        assertThat(count("SELECT count(*) FROM files WHERE is_test = 1 AND path IN ('src/test/java/AppTest.java',"
                        + " 'pkg/server_test.go', 'tests/test_app.py', 'web/app.test.ts')"))
                .isEqualTo(4);
    }

    @Test
    void index_afterTestPatternsChange_reclassifiesWithoutReindexing() throws IOException {
        writeTestFixture();
        index();
        long maxChunkId = count("SELECT max(id) FROM chunks");
        long firstIndexedAt = count(INDEXED_AT_SUM);
        assertThat(firstIndexedAt).isPositive();
        writeConfig("[test]\npatterns = [\"*_test.go\", \"docs/\"]\n");

        index();

        assertThat(count("SELECT count(*) FROM files WHERE is_test = 1")).isEqualTo(2);
        assertThat(count("SELECT count(*) FROM files WHERE is_test = 1 AND path IN ('pkg/server_test.go',"
                        + " 'docs/guide.md')"))
                .isEqualTo(2);
        assertThat(count(INDEXED_AT_SUM)).as("indexed_at unchanged").isEqualTo(firstIndexedAt);
        assertThat(count("SELECT max(id) FROM chunks")).isEqualTo(maxChunkId);
    }

    private void writeTestFixture() throws IOException {
        write("src/main/java/App.java", "class App {\n    int run() { return 1; }\n}\n");
        write("src/test/java/AppTest.java", "class AppTest {\n    void runs() { new App().run(); }\n}\n");
        write("pkg/server.go", "package pkg\n\nfunc Serve() int { return 1 }\n");
        write("pkg/server_test.go", "package pkg\n\nfunc TestServe() { Serve() }\n");
        write("app.py", "def main():\n    return 1\n");
        write("tests/test_app.py", "from app import main\n\ndef test_main():\n    main()\n");
        write("web/app.ts", "export function app(): number { return 1; }\n");
        write("web/app.test.ts", "import { app } from './app';\napp();\n");
        write("docs/guide.md", "# Guide\n\nRun it.\n");
    }
}
