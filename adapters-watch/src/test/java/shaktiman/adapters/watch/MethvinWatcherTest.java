package shaktiman.adapters.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.methvin.watcher.DirectoryChangeEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shaktiman.core.port.WatchBatch;
import shaktiman.core.port.Watcher;
import shaktiman.core.port.WatcherException;
import shaktiman.testkit.contract.BatchRecorder;
import shaktiman.testkit.contract.WatcherContract;

/**
 * Verifies that the directory-watcher adapter keeps the {@link Watcher} contract on the real file system, and what it
 * adds: moved-in directories report their files, vanishing directories do not stop a walk, errors ask for a rescan.
 */
class MethvinWatcherTest extends WatcherContract {

    private static final Duration DEBOUNCE = Duration.ofMillis(50);

    @TempDir
    Path scratch;

    @Override
    protected Watcher open(Path root, Duration debounce) {
        return new MethvinWatcher(root, debounce);
    }

    @Override
    protected Watcher openRefusingWatch(Path root, Duration debounce, String directory) {
        Path refused = root.toAbsolutePath().normalize().resolve(directory);
        return new MethvinWatcher(root, debounce, dir -> {
            if (dir.equals(refused)) {
                // The JDK's own message for inotify_add_watch failing with ENOSPC.
                throw new IOException("User limit of inotify watches reached");
            }
        });
    }

    @Override
    protected void injectOverflow(Watcher subject) {
        ((MethvinWatcher) subject)
                .libraryListener()
                .onEvent(new DirectoryChangeEvent(DirectoryChangeEvent.EventType.OVERFLOW, false, null, null, 1, null));
    }

    @Test
    void start_onAMissingRoot_throwsNamingIt() {
        Path missing = scratch.resolve("missing");
        MethvinWatcher watcher = new MethvinWatcher(missing, DEBOUNCE);

        assertThatThrownBy(() -> watcher.start(new BatchRecorder()))
                .isInstanceOf(WatcherException.class)
                .hasMessageContaining(missing.toString());
    }

    @Test
    void directoryMovedIn_reportsEachOfItsFiles() throws IOException {
        Path root = Files.createDirectories(scratch.resolve("root"));
        write(scratch.resolve("outside/f1.go"));
        write(scratch.resolve("outside/sub/f2.go"));
        BatchRecorder batches = new BatchRecorder();
        try (MethvinWatcher watcher = new MethvinWatcher(root, DEBOUNCE)) {
            watcher.start(batches);

            Files.move(scratch.resolve("outside"), root.resolve("moved"));

            batches.awaitPaths("moved", "moved/f1.go", "moved/sub", "moved/sub/f2.go");
        }
    }

    @Test
    void newTree_whenASubdirectoryVanishesBeforeItsWatch_stillReportsTheRest() throws IOException {
        Path root = Files.createDirectories(scratch.resolve("root"));
        Path vanishing = root.resolve("new/vanishing");
        BatchRecorder batches = new BatchRecorder();
        try (MethvinWatcher watcher = new MethvinWatcher(root, DEBOUNCE, dir -> {
            if (dir.equals(vanishing)) {
                throw new NoSuchFileException(dir.toString());
            }
        })) {
            watcher.start(batches);

            Files.createDirectories(vanishing);
            write(root.resolve("new/kept/f.go"));

            batches.awaitPaths("new/kept/f.go");
            assertThat(batches.batches()).noneMatch(b -> !(b instanceof WatchBatch.Changes));
        }
    }

    @Test
    void libraryError_otherThanTheLimit_asksForARescan() {
        Path root = scratch;
        BatchRecorder batches = new BatchRecorder();
        try (MethvinWatcher watcher = new MethvinWatcher(root, DEBOUNCE)) {
            watcher.start(batches);

            watcher.libraryListener().onException(new IllegalStateException("key not found"));

            WatchBatch rescan = batches.awaitBatch("a rescan request", b -> b instanceof WatchBatch.RescanNeeded);
            assertThat(((WatchBatch.RescanNeeded) rescan).reason()).contains("key not found");
        }
    }

    @Test
    void rootDeleted_deliversFailed() throws IOException {
        Path root = Files.createDirectories(scratch.resolve("root"));
        write(root.resolve("sub/f.go"));
        BatchRecorder batches = new BatchRecorder();
        try (MethvinWatcher watcher = new MethvinWatcher(root, DEBOUNCE)) {
            watcher.start(batches);

            deleteTree(root);

            WatchBatch failed = batches.awaitBatch("a failure", b -> b instanceof WatchBatch.Failed);
            assertThat(((WatchBatch.Failed) failed).error()).hasMessageContaining(root.toString());
        }
    }

    @Test
    void translate_theJdkWatchLimitMessage_namesTheSettingAndItsValue() {
        WatcherException error = Failures.translate(scratch, new IOException("User limit of inotify watches reached"));

        assertThat(error)
                .hasMessageContaining(WatcherException.WATCH_LIMIT_SETTING)
                .hasMessageContaining(scratch.toString());
    }

    private static void write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "package x");
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
