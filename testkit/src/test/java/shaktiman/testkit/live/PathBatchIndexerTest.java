package shaktiman.testkit.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.core.index.discovery.DiscoveryConfig;
import shaktiman.core.index.discovery.Indexability;
import shaktiman.core.index.live.PathBatchIndexer;
import shaktiman.core.index.scan.FullScan;
import shaktiman.core.index.scan.ScanProgress;
import shaktiman.testkit.TestChunks;
import shaktiman.testkit.fake.InMemoryIndexStore;

/** Verifies that one watcher batch is applied path by path from disk state (IX-64) and reloads ignore rules (IX-65). */
class PathBatchIndexerTest {

    @TempDir
    Path root;

    private final InMemoryIndexStore store = new InMemoryIndexStore();
    private final CountingProcessor processor = new CountingProcessor();
    private Indexability indexability;
    private PathBatchIndexer indexer;

    @BeforeEach
    void indexedTree() throws Exception {
        write("src/A.java", "class A {}\n");
        write("src/B.java", "class B {}\n");
        write("lib/util/U.java", "class U {}\n");
        write("lib/util/V.java", "class V {}\n");
        indexability = new Indexability(root, DiscoveryConfig.defaults());
        new FullScan(indexability, store, processor, 1, "fp-1", System::currentTimeMillis)
                .run(() -> false, ScanProgress.none());
        processor.reset();
        indexer = new PathBatchIndexer(indexability, store, processor, 2, System::currentTimeMillis);
    }

    private void write(String path, String content) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private PathBatchIndexer.Outcome apply(String... paths) {
        return indexer.apply(List.of(paths), () -> false);
    }

    private String storedHash(String path) {
        return store.storedFiles().get(path).contentHash();
    }

    @Test
    void apply_editedFile_reindexesExactlyThatFile() throws Exception {
        write("src/A.java", "class A { int x; }\n");

        apply("src/A.java");

        assertThat(processor.paths()).containsExactly("src/A.java");
        assertThat(storedHash("src/A.java")).isEqualTo(TestChunks.sha256("class A { int x; }\n"));
    }

    @Test
    void apply_fileWithUnchangedBytes_isNotParsed() {
        apply("src/A.java");

        assertThat(processor.processed()).isZero();
    }

    @Test
    void apply_createdAndDeletedFiles_addOneAndRemoveOne() throws Exception {
        write("src/C.java", "class C {}\n");
        Files.delete(root.resolve("src/B.java"));

        PathBatchIndexer.Outcome outcome = apply("src/C.java", "src/B.java");

        assertThat(store.storedFiles()).containsKey("src/C.java").doesNotContainKey("src/B.java");
        assertThat(outcome.result().filesWritten()).isEqualTo(1);
        assertThat(outcome.result().filesDeleted()).isEqualTo(1);
    }

    @Test
    void apply_movedFile_isOneRename() throws Exception {
        Files.move(root.resolve("src/A.java"), root.resolve("src/A2.java"));

        PathBatchIndexer.Outcome outcome = apply("src/A.java", "src/A2.java");

        assertThat(outcome.result().filesRenamed()).isEqualTo(1);
        assertThat(store.storedFiles()).containsKey("src/A2.java").doesNotContainKey("src/A.java");
    }

    @Test
    void apply_removedDirectoryNamedAlone_removesEveryFileBelowIt() throws Exception {
        Files.delete(root.resolve("lib/util/U.java"));
        Files.delete(root.resolve("lib/util/V.java"));
        Files.delete(root.resolve("lib/util"));

        PathBatchIndexer.Outcome outcome = apply("lib/util");

        assertThat(store.storedFiles()).containsOnlyKeys("src/A.java", "src/B.java");
        assertThat(outcome.result().filesDeleted()).isEqualTo(2);
    }

    @Test
    void apply_movedDirectory_movesEveryFileAsRenames() throws Exception {
        Files.move(root.resolve("lib/util"), root.resolve("lib/tools"));

        PathBatchIndexer.Outcome outcome = apply("lib/util", "lib/tools");

        assertThat(store.storedFiles())
                .containsOnlyKeys("src/A.java", "src/B.java", "lib/tools/U.java", "lib/tools/V.java");
        assertThat(outcome.result().filesRenamed()).isEqualTo(2);
    }

    @Test
    void apply_newDirectoryTreeNamedByItsTop_walksItAndIndexesItsFiles() throws Exception {
        write("a/b/c/x.go", "package c\n");

        apply("a");

        assertThat(store.storedFiles()).containsKey("a/b/c/x.go");
    }

    @Test
    void apply_fileUnderAnIgnoredDirectory_isNotIndexed() throws Exception {
        write(".gitignore", "gen/\n");
        apply(".gitignore");
        write("gen/G.java", "class G {}\n");

        apply("gen/G.java", "gen");

        assertThat(store.storedFiles()).doesNotContainKey("gen/G.java");
    }

    @Test
    void apply_addedThenRemovedIgnorePattern_removesThenReindexesTheMatchingFiles() throws Exception {
        write("lib/.gitignore", "util/\n");

        apply("lib/.gitignore");
        assertThat(store.storedFiles()).doesNotContainKeys("lib/util/U.java", "lib/util/V.java");

        Files.delete(root.resolve("lib/.gitignore"));
        PathBatchIndexer.Outcome outcome = apply("lib/.gitignore");

        assertThat(outcome.reconciledSubtrees()).containsExactly("lib");
        assertThat(store.storedFiles()).containsKeys("lib/util/U.java", "lib/util/V.java");
    }

    @Test
    void apply_pathsInsideDotGit_areIgnored() throws Exception {
        write(".git/HEAD", "ref: refs/heads/main\n");

        PathBatchIndexer.Outcome outcome = apply(".git/HEAD", ".git");

        assertThat(outcome.result().transactions()).isZero();
        assertThat(processor.processed()).isZero();
    }

    @Test
    void apply_infoExcludeChange_reloadsTheRootRules() throws Exception {
        write(".git/info/exclude", "*.java\n");

        apply(".git/info/exclude");

        assertThat(store.storedFiles()).isEmpty();
    }

    @Test
    void apply_whenCancelled_writesNothing() throws Exception {
        write("src/A.java", "class A { int changed; }\n");

        PathBatchIndexer.Outcome outcome = indexer.apply(List.of("src/A.java"), () -> true);

        assertThat(outcome.cancelled()).isTrue();
        assertThat(storedHash("src/A.java")).isEqualTo(TestChunks.sha256("class A {}\n"));
    }
}
