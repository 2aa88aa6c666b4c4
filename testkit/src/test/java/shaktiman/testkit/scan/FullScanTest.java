package shaktiman.testkit.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.core.index.discovery.DiscoveryConfig;
import shaktiman.core.index.discovery.Indexability;
import shaktiman.core.index.scan.FileProcessor;
import shaktiman.core.index.scan.FullScan;
import shaktiman.core.index.scan.ScanProgress;
import shaktiman.core.index.scan.ScanResult;
import shaktiman.core.model.ChunkKind;
import shaktiman.core.model.index.FileMeta;
import shaktiman.core.model.index.ParseQuality;
import shaktiman.core.model.index.ParsedFile;
import shaktiman.core.port.IndexStoreException;
import shaktiman.testkit.TestChunks;
import shaktiman.testkit.fake.InMemoryIndexStore;

/**
 * Verifies the full scan's change detection, reconciliation, skip records, completion record and writer thread (IX-8
 * … IX-11, IX-45).
 */
class FullScanTest {

    @TempDir
    Path root;

    private final InMemoryIndexStore store = new InMemoryIndexStore();
    private final AtomicLong processed = new AtomicLong();
    private final FileProcessor oneBlockPerFile = (candidate, text, readMs) -> {
        processed.incrementAndGet();
        return new ParsedFile(
                new FileMeta(
                        candidate.path(),
                        candidate.language(),
                        null,
                        candidate.size(),
                        candidate.mtimeMs(),
                        readMs,
                        text.sha256(),
                        TestChunks.lineCount(text.text()),
                        ParseQuality.FULL,
                        null,
                        false),
                List.of(TestChunks.chunk(0, ChunkKind.BLOCK, null, 1, text.text())),
                List.of(),
                List.of());
    };

    @BeforeEach
    void tree() throws Exception {
        Files.createDirectories(root.resolve("src/gen"));
        Files.writeString(root.resolve("src/.gitignore"), "gen/\n");
        Files.writeString(root.resolve("src/A.java"), "class A {}\n");
        Files.writeString(root.resolve("src/B.java"), "class B {}\n");
        Files.writeString(root.resolve("src/gen/G.java"), "class G {}\n");
        Files.write(root.resolve("blob.dat"), new byte[] {'a', 0, 'b'});
    }

    private ScanResult scan() {
        Indexability indexability = new Indexability(root, DiscoveryConfig.defaults());
        return new FullScan(indexability, store, oneBlockPerFile, 2, "fp-1", System::currentTimeMillis)
                .run(() -> false, ScanProgress.none());
    }

    @Test
    void run_onAFreshTree_indexesAcceptedFilesRecordsTheBinaryAndCompletes() {
        ScanResult result = scan();

        assertThat(store.storedFiles()).containsOnlyKeys("src/.gitignore", "src/A.java", "src/B.java");
        assertThat(result.skipped()).isEqualTo(1);
        assertThat(result.completed()).isTrue();
        assertThat(store.fullIndexCompleted()).isTrue();
    }

    @Test
    void run_twiceOnAnUnchangedTree_processesNothingTheSecondTime() {
        scan();
        processed.set(0);

        ScanResult second = scan();

        assertThat(processed).hasValue(0);
        assertThat(second.indexed()).isZero();
        assertThat(second.unchanged()).isEqualTo(3);
    }

    @Test
    void run_afterATouchWithSameBytes_readsButDoesNotProcess() throws Exception {
        scan();
        processed.set(0);
        Files.setLastModifiedTime(root.resolve("src/A.java"), FileTime.fromMillis(1_000_000));

        ScanResult second = scan();

        assertThat(processed).hasValue(0);
        assertThat(store.storedFiles().get("src/A.java").mtimeMs()).isEqualTo(1_000_000);
        assertThat(second.unchanged()).isEqualTo(3);
    }

    @Test
    void run_afterAnEditAndADeletion_reindexesOneAndRemovesOne() throws Exception {
        scan();
        Files.writeString(root.resolve("src/A.java"), "class A { int x; }\n");
        Files.setLastModifiedTime(root.resolve("src/A.java"), FileTime.fromMillis(2_000_000));
        Files.delete(root.resolve("src/B.java"));

        ScanResult second = scan();

        assertThat(second.indexed()).isEqualTo(1);
        assertThat(second.removed()).isEqualTo(1);
        assertThat(store.storedFiles()).containsOnlyKeys("src/.gitignore", "src/A.java");
    }

    /** T-11: a skip row goes with its file, even when the file vanished while nothing ran. */
    @Test
    void run_afterASkippedFileIsDeleted_dropsItsSkipRow() throws Exception {
        scan();
        assertThat(store.skipReason("blob.dat")).contains("binary");
        Files.delete(root.resolve("blob.dat"));

        ScanResult second = scan();

        assertThat(store.skipReason("blob.dat")).isEmpty();
        assertThat(store.skippedPaths()).isEmpty();
        assertThat(second.removed()).isZero();
    }

    /** IX-9: ignored paths get no skip row, so a skipped file that became ignored loses its row. */
    @Test
    void run_afterASkippedFileBecomesIgnored_dropsItsSkipRow() throws Exception {
        scan();
        Files.writeString(root.resolve(".gitignore"), "*.dat\n");

        scan();

        assertThat(store.skippedPaths()).isEmpty();
    }

    @Test
    void run_whenCancelledAtOnce_writesNoCompletionRecord() {
        Indexability indexability = new Indexability(root, DiscoveryConfig.defaults());

        ScanResult result = new FullScan(indexability, store, oneBlockPerFile, 2, "fp-1", System::currentTimeMillis)
                .run(() -> true, ScanProgress.none());

        assertThat(result.completed()).isFalse();
        assertThat(store.fullIndexCompleted()).isFalse();
    }

    @Test
    void run_onATreeLargerThanTheWritersQueue_reportsEveryFileCommittedLast() throws Exception {
        for (int i = 0; i < 700; i++) {
            Files.writeString(root.resolve("src/F" + i + ".java"), "class F" + i + " {}\n");
        }
        List<long[]> updates = new CopyOnWriteArrayList<>();
        Indexability indexability = new Indexability(root, DiscoveryConfig.defaults());

        ScanResult result = new FullScan(indexability, store, oneBlockPerFile, 2, "fp-1", System::currentTimeMillis)
                .run(() -> false, (done, total, walkFinished) -> updates.add(new long[] {done, total}));

        assertThat(result.indexed()).isEqualTo(703);
        assertThat(store.storedFiles()).hasSize(703);
        assertThat(updates.getLast()).containsExactly(result.seen(), result.seen());
    }

    @Test
    @Timeout(60)
    void run_whenATransactionFails_throwsTheWritersFailureInsteadOfBlocking() throws Exception {
        for (int i = 0; i < 700; i++) {
            Files.writeString(root.resolve("src/F" + i + ".java"), "class F" + i + " {}\n");
        }
        FileProcessor closingTheStore = (candidate, text, readMs) -> {
            store.close(); // every later transaction fails with CLOSED
            return oneBlockPerFile.process(candidate, text, readMs);
        };
        Indexability indexability = new Indexability(root, DiscoveryConfig.defaults());
        FullScan scan = new FullScan(indexability, store, closingTheStore, 2, "fp-1", System::currentTimeMillis);

        assertThatThrownBy(() -> scan.run(() -> false, ScanProgress.none())).isInstanceOf(IndexStoreException.class);
    }
}
