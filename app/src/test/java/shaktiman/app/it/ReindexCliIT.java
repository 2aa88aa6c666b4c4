package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import shaktiman.testkit.CanonicalDump;
import shaktiman.testkit.corpus.GeneratedCorpus;

/** Verifies {@code shaktiman reindex} as a process: the purge, the rebuild and MI-40's lock rules (MI-39…MI-41). */
@DaemonTest(fixture = Fixture.EMPTY)
@Timeout(value = 180, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ReindexCliIT {

    @Test
    void reindexForce_afterIndexAndEdits_rebuildsToTheDumpOfAFreshIndex(Daemons daemons) throws IOException {
        Path root = daemons.root();
        GeneratedCorpus.write(root, 60, 41L);
        assertThat(daemons.cli("index", root.toString()).exitCode()).isZero();
        Files.writeString(root.resolve("extra.py"), "def extra():\n    return 2\n");
        Path vectors = Files.writeString(daemons.layout().stateDir().resolve("embeddings.bin"), "stale vectors");
        String config = Files.readString(daemons.layout().configFile());

        CliResult reindex = daemons.cli("--format", "text", "reindex", "--force", root.toString());

        assertThat(reindex.exitCode()).as(reindex.toString()).isZero();
        assertThat(reindex.stderr()).startsWith("Purged all indexed data.\n").contains("Indexing: 100%");
        assertThat(reindex.stdout()).startsWith("Indexed: 61 files");
        assertThat(vectors).doesNotExist();
        assertThat(daemons.layout().configFile()).hasContent(config);
        Path fresh = daemons.newDir("fresh");
        GeneratedCorpus.write(fresh, 60, 41L);
        Files.writeString(fresh.resolve("extra.py"), "def extra():\n    return 2\n");
        assertThat(daemons.cli("index", fresh.toString()).exitCode()).isZero();
        List<String> expected =
                CanonicalDump.of(Daemons.layout(fresh, daemons.tmpDir()).indexDb());
        assertThat(CanonicalDump.of(daemons.layout().indexDb())).isNotEmpty().containsExactlyElementsOf(expected);
    }

    @Test
    void reindexForce_whileAnotherRunHoldsTheLock_refusesAndPurgesNothing(Daemons daemons) throws IOException {
        Path root = daemons.root();
        GeneratedCorpus.write(root, 20, 42L);
        assertThat(daemons.cli("index", root.toString()).exitCode()).isZero();
        Path indexDb = daemons.layout().indexDb();
        List<String> before = CanonicalDump.of(indexDb);
        FileTime modified = Files.getLastModifiedTime(indexDb);
        LockHolder holder = LockHolder.hold(daemons, daemons.layout().lockFile());

        CliResult reindex = daemons.cli("reindex", "--force", root.toString());

        assertThat(reindex.exitCode()).as(reindex.toString()).isOne();
        assertThat(reindex.stderr())
                .contains("another shaktiman process (pid " + holder.pid() + ")")
                .doesNotContain("Purged");
        assertThat(Files.getLastModifiedTime(indexDb)).isEqualTo(modified);
        holder.release();
        assertThat(CanonicalDump.of(indexDb)).containsExactlyElementsOf(before);
    }

    @Test
    void reindex_withoutForceOnAPipe_exitsTwoAndKeepsTheIndex(Daemons daemons) throws IOException {
        Path root = daemons.root();
        GeneratedCorpus.write(root, 20, 43L);
        assertThat(daemons.cli("index", root.toString()).exitCode()).isZero();
        List<String> before = CanonicalDump.of(daemons.layout().indexDb());

        CliResult reindex = daemons.cli("reindex", root.toString());

        assertThat(reindex.exitCode()).as(reindex.toString()).isEqualTo(2);
        assertThat(reindex.stderr()).contains("pass --force when not running interactively");
        assertThat(CanonicalDump.of(daemons.layout().indexDb())).containsExactlyElementsOf(before);
    }
}
