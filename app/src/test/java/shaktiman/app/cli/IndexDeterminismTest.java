package shaktiman.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.core.daemon.ProjectLayout;
import shaktiman.testkit.CanonicalDump;
import shaktiman.testkit.corpus.GeneratedCorpus;

/**
 * Verifies IX-26's determinism end to end (T-26): the benchmark corpus's seeded generated files, indexed twice into
 * fresh databases with real tree-sitter and SQLite, give identical canonical dumps (the fetched corpora are
 * {@code -Pbench}'s).
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class IndexDeterminismTest {
    /**
     * A slice of the benchmark's 10,000 generated files, large enough for every language and many cross-file
     * references; the full set takes minutes on 2 cores and belongs to {@code -Pbench}.
     */
    private static final int FILES = 400;

    private static final long SEED = 20261124L;

    @TempDir
    Path tmp;

    private List<String> indexAndDump(String name) throws IOException {
        Path root = Files.createDirectories(tmp.resolve(name)).toRealPath();
        GeneratedCorpus.write(root, FILES, SEED);
        CliRun run = CliRun.run(tmp, "index", root.toString());
        assertThat(run.exit()).as(run.toString()).isEqualTo(ExitCodes.OK);
        return CanonicalDump.of(ProjectLayout.of(root, CliRun.env(tmp)).indexDb());
    }

    @Test
    void index_generatedCorpusTwice_givesIdenticalCanonicalDumps() throws IOException {
        List<String> first = indexAndDump("first");

        List<String> second = indexAndDump("second");

        assertThat(first).hasSizeGreaterThan(FILES);
        assertThat(second).containsExactlyElementsOf(first);
    }
}
