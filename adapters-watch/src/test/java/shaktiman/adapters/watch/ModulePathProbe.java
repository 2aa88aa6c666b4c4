package shaktiman.adapters.watch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import shaktiman.core.port.WatchBatch;

/**
 * Run by {@link MethvinWatcherModulePathTest} in a child JVM whose boot layer is the adapter's real module graph:
 * watches a new directory, creates a file in it, and prints the first batch.
 */
final class ModulePathProbe {

    private ModulePathProbe() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        LinkedBlockingQueue<WatchBatch> batches = new LinkedBlockingQueue<>();
        try (MethvinWatcher watcher = new MethvinWatcher(root, Duration.ofMillis(20))) {
            watcher.start(batches::add);
            Files.writeString(root.resolve("probe.txt"), "x");
            WatchBatch first = batches.poll(30, TimeUnit.SECONDS);
            System.out.println("first batch: " + first);
        }
    }
}
