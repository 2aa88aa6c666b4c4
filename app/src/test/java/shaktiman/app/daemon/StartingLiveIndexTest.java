package shaktiman.app.daemon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.adapters.store.SqliteIndexStore;
import shaktiman.app.config.Config;
import shaktiman.app.config.TestHooks;
import shaktiman.app.index.IndexPipeline;
import shaktiman.app.index.LoggingIndexEvents;
import shaktiman.core.index.live.IndexActivity;
import shaktiman.core.port.IndexStore;
import shaktiman.testkit.Await;

/** Verifies that the leader's deferred index start reports the startup scan from the bind and stops at any moment. */
@Timeout(60)
class StartingLiveIndexTest {

    @TempDir
    Path root;

    @Test
    void start_whileAssembling_reportsTheStartupScanThenFinishesIt() throws Exception {
        Files.writeString(root.resolve("a.py"), "def f():\n    return 1\n");
        CountDownLatch release = new CountDownLatch(1);
        try (IndexStore store = SqliteIndexStore.openForWriting(root.resolve("index.db"), 2);
                StartingLiveIndex live = new StartingLiveIndex(store, false)) {
            live.start(() -> {
                awaitQuietly(release);
                return assemble(store);
            });

            IndexActivity starting = live.activity();
            assertThat(starting.scanning()).isTrue();
            assertThat(live.notice()).contains("indexing in progress: 0 of 0 files");

            release.countDown();
            Await.until(
                    "the startup scan to finish",
                    Duration.ofSeconds(30),
                    () -> !live.activity().scanning());
            assertThat(store.counts().files()).isEqualTo(1);
            assertThat(live.notice()).isEmpty();
        }
    }

    @Test
    void cancel_beforeTheAssemblyEnds_neverStartsTheLiveIndex() throws Exception {
        Files.writeString(root.resolve("a.py"), "def f():\n    return 1\n");
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean assembled = new AtomicBoolean();
        try (IndexStore store = SqliteIndexStore.openForWriting(root.resolve("index.db"), 2);
                StartingLiveIndex live = new StartingLiveIndex(store, false)) {
            live.start(() -> {
                awaitQuietly(release);
                assembled.set(true);
                return assemble(store);
            });
            live.cancel();
            release.countDown();

            assertThat(live.awaitStopped(Duration.ofSeconds(30))).isTrue();
            assertThat(assembled).isTrue();
            assertThat(store.counts().files()).isZero();
        }
    }

    private StartingLiveIndex.Assembled assemble(IndexStore store) {
        IndexPipeline pipeline = IndexPipeline.open(root, Config.defaults(), TestHooks.none());
        return new StartingLiveIndex.Assembled(
                pipeline, pipeline.liveIndex(store, Optional.empty(), new LoggingIndexEvents()));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the test", e);
        }
    }
}
