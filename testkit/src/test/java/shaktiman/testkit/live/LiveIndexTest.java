package shaktiman.testkit.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.core.index.discovery.DiscoveryConfig;
import shaktiman.core.index.discovery.Indexability;
import shaktiman.core.index.live.IndexActivity;
import shaktiman.core.index.live.IndexEvents;
import shaktiman.core.index.live.LiveIndex;
import shaktiman.core.index.live.ScanReason;
import shaktiman.core.index.scan.ScanResult;
import shaktiman.core.port.BatchResult;
import shaktiman.core.port.Watcher;
import shaktiman.core.tools.WatcherState;
import shaktiman.testkit.Await;
import shaktiman.testkit.TestChunks;
import shaktiman.testkit.fake.InMemoryIndexStore;
import shaktiman.testkit.fake.ScriptedWatcher;

/** Verifies the live index's thread: startup scan, watcher batches, queued batches, rescans and shutdown (IX-62…66). */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LiveIndexTest {
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    @TempDir
    Path root;

    private final InMemoryIndexStore store = new InMemoryIndexStore();
    private final CountingProcessor processor = new CountingProcessor();
    private final ScriptedWatcher watcher = new ScriptedWatcher(Duration.ofMillis(20));
    private final RecordingEvents events = new RecordingEvents();
    private LiveIndex live;
    private String fingerprint = "fp-1";

    @BeforeEach
    void tree() throws Exception {
        write("src/A.java", "class A {}\n");
        write("src/B.java", "class B {}\n");
    }

    @AfterEach
    void stop() {
        if (live != null) {
            live.close();
        }
        assertThat(events.errors).isEmpty();
    }

    private void write(String path, String content) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private LiveIndex start(Optional<Watcher> watching, Runnable beforeScanCommit, Duration failedRescan) {
        live = new LiveIndex(new LiveIndex.Setup(
                store,
                new Indexability(root, DiscoveryConfig.defaults()),
                processor,
                2,
                fingerprint,
                System::currentTimeMillis,
                watching,
                events,
                beforeScanCommit,
                () -> {},
                failedRescan));
        live.start();
        return live;
    }

    private LiveIndex start() {
        return start(Optional.of(watcher), () -> {}, LiveIndex.FAILED_WATCHER_RESCAN);
    }

    private void awaitIdle() {
        Await.until(
                "the startup scan to finish", DEADLINE, () -> !live.activity().scanning());
    }

    private boolean storedWith(String path, String content) {
        var stamp = store.storedFiles().get(path);
        return stamp != null && stamp.contentHash().equals(TestChunks.sha256(content));
    }

    @Test
    void start_onAFreshStore_scansEverythingAndCompletesTheFullIndex() {
        start();
        awaitIdle();

        assertThat(store.storedFiles()).containsOnlyKeys("src/A.java", "src/B.java");
        assertThat(live.activity().fullIndexCompleted()).isTrue();
        assertThat(live.notice()).isEmpty();
        assertThat(events.started).containsExactly(ScanReason.STARTUP);
    }

    @Test
    void watcherChange_afterTheStartupScan_isApplied() throws Exception {
        start();
        awaitIdle();

        write("src/C.java", "class C {}\n");
        watcher.change("src/C.java");

        Await.until("src/C.java indexed", DEADLINE, () -> store.storedFiles().containsKey("src/C.java"));
        Await.until("the batch reported", DEADLINE, () -> !events.batches.isEmpty());
    }

    @Test
    void changeDuringTheStartupScan_isQueuedAndItsNewContentWinsAfterTheScan() throws Exception {
        CountDownLatch scanCommitReached = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        start(
                Optional.of(watcher),
                () -> {
                    scanCommitReached.countDown();
                    awaitLatch(release);
                },
                LiveIndex.FAILED_WATCHER_RESCAN);
        assertThat(scanCommitReached.await(20, TimeUnit.SECONDS)).isTrue();

        write("src/A.java", "class A { int edited; }\n");
        watcher.change("src/A.java");
        // Two files parsed by the scan and not yet committed, plus the edit waiting in the watcher or the queue.
        Await.until("the edit queued", DEADLINE, () -> live.activity().staleFiles() >= 3);
        IndexActivity during = live.activity();
        Optional<String> noticeDuring = live.notice();
        release.countDown();
        // The edit may still sit in the watcher's debounce map when the scan ends; it is applied once delivered.
        Await.until("the edit applied", DEADLINE, () -> storedWith("src/A.java", "class A { int edited; }\n"));
        Await.until("nothing left stale", DEADLINE, () -> live.activity().staleFiles() == 0);

        assertThat(during.scanning()).isTrue();
        assertThat(noticeDuring)
                .get()
                .asString()
                .contains("indexing in progress")
                .contains("of 2 files");
        assertThat(live.activity().scanning()).isFalse();
        assertThat(live.notice()).isEmpty();
    }

    /** T-67: a scripted OVERFLOW runs a reconciliation scan. */
    @Test
    void overflow_runsAReconciliationScanThatFindsWhatTheWatcherMissed() throws Exception {
        start();
        awaitIdle();
        write("src/Missed.java", "class Missed {}\n");

        watcher.overflow();

        Await.until(
                "the missed file indexed", DEADLINE, () -> store.storedFiles().containsKey("src/Missed.java"));
        assertThat(events.overflows).hasSize(1);
        assertThat(events.started).containsExactly(ScanReason.STARTUP, ScanReason.OVERFLOW);
    }

    /** T-67: a scripted registration failure gives {@code watcher: failed} and the periodic rescans. */
    @Test
    void watcherRefusedAtStart_reportsFailedAndRescansPeriodically() throws Exception {
        watcher.refuseStart("src");
        start(Optional.of(watcher), () -> {}, Duration.ofMillis(200));
        awaitIdle();
        write("src/Late.java", "class Late {}\n");

        Await.until(
                "a periodic rescan indexes the file",
                DEADLINE,
                () -> store.storedFiles().containsKey("src/Late.java"));

        assertThat(live.activity().watcher()).isEqualTo(WatcherState.FAILED);
        assertThat(events.failures).singleElement().asString().contains("fs.inotify.max_user_watches");
        assertThat(events.started).contains(ScanReason.WATCHER_FAILED);
    }

    /** T-10: a fingerprint change rebuilds in place, and MI-10's notice shows while the rebuild runs. */
    @Test
    void start_withAChangedFingerprint_reparsesEverythingWithTheNoticeShowingUntilDone() throws Exception {
        start(Optional.empty(), () -> {}, LiveIndex.FAILED_WATCHER_RESCAN);
        awaitIdle();
        live.close();
        processor.reset();
        fingerprint = "fp-2";
        CountDownLatch scanCommitReached = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        start(
                Optional.empty(),
                () -> {
                    scanCommitReached.countDown();
                    awaitLatch(release);
                },
                LiveIndex.FAILED_WATCHER_RESCAN);
        assertThat(scanCommitReached.await(20, TimeUnit.SECONDS)).isTrue();

        Optional<String> noticeDuring = live.notice();
        boolean completedDuring = live.activity().fullIndexCompleted();
        release.countDown();
        awaitIdle();

        assertThat(noticeDuring).get().asString().contains("indexing in progress");
        assertThat(completedDuring).isFalse();
        assertThat(processor.paths()).containsExactlyInAnyOrder("src/A.java", "src/B.java");
        assertThat(store.fingerprint()).contains("fp-2");
        assertThat(live.activity().fullIndexCompleted()).isTrue();
        assertThat(live.notice()).isEmpty();
    }

    @Test
    void noWatcher_reportsDisabled() {
        start(Optional.empty(), () -> {}, LiveIndex.FAILED_WATCHER_RESCAN);
        awaitIdle();

        assertThat(live.activity().watcher()).isEqualTo(WatcherState.DISABLED);
    }

    @Test
    void cancel_duringTheScan_stopsTheThreadAndTheWatcher() throws Exception {
        CountDownLatch scanCommitReached = new CountDownLatch(1);
        start(Optional.of(watcher), scanCommitReached::countDown, LiveIndex.FAILED_WATCHER_RESCAN);
        assertThat(scanCommitReached.await(20, TimeUnit.SECONDS)).isTrue();

        live.cancel();

        assertThat(live.awaitStopped(DEADLINE)).isTrue();
        assertThat(watcher.isRunning()).isFalse();
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            if (!latch.await(20, TimeUnit.SECONDS)) {
                throw new AssertionError("the test never released the scan");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while holding the scan", e);
        }
    }

    /** Records every event, for assertions. */
    private static final class RecordingEvents implements IndexEvents {
        final List<ScanReason> started = new CopyOnWriteArrayList<>();
        final List<Integer> batches = new CopyOnWriteArrayList<>();
        final List<String> overflows = new CopyOnWriteArrayList<>();
        final List<String> failures = new CopyOnWriteArrayList<>();
        final List<String> errors = new CopyOnWriteArrayList<>();

        @Override
        public void scanStarted(ScanReason reason) {
            started.add(reason);
        }

        @Override
        public void scanFinished(ScanReason reason, ScanResult result, long millis) {}

        @Override
        public void batchApplied(int paths, BatchResult result, long millis) {
            batches.add(paths);
        }

        @Override
        public void watcherOverflow(String reason) {
            overflows.add(reason);
        }

        @Override
        public void watcherFailed(String message) {
            failures.add(message);
        }

        @Override
        public void indexFailed(String operation, RuntimeException error) {
            errors.add(operation + ": " + error);
        }
    }
}
