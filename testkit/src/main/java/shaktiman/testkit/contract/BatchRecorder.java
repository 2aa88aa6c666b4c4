package shaktiman.testkit.contract;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import shaktiman.core.port.WatchBatch;
import shaktiman.core.port.Watcher;
import shaktiman.testkit.Await;

/** Records every batch a {@link Watcher} delivers, with the thread it came on, and waits for batches with a deadline. */
public final class BatchRecorder implements Watcher.Listener {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    private final List<WatchBatch> batches = new ArrayList<>();
    private final Set<Thread> threads = new HashSet<>();

    /** For tests and suites that listen to a watcher. */
    public BatchRecorder() {}

    @Override
    public synchronized void onBatch(WatchBatch batch) {
        batches.add(batch);
        threads.add(Thread.currentThread());
    }

    /** Every batch so far, in delivery order. */
    public synchronized List<WatchBatch> batches() {
        return List.copyOf(batches);
    }

    /** Every thread that delivered a batch so far. */
    public synchronized Set<Thread> threads() {
        return Set.copyOf(threads);
    }

    /** Every path delivered in a {@link WatchBatch.Changes} so far. */
    public synchronized Set<String> paths() {
        Set<String> paths = new HashSet<>();
        for (WatchBatch batch : batches) {
            if (batch instanceof WatchBatch.Changes changes) {
                paths.addAll(changes.paths());
            }
        }
        return paths;
    }

    /** How many delivered change batches hold {@code path}. */
    public synchronized long batchesHolding(String path) {
        return batches.stream()
                .filter(b -> b instanceof WatchBatch.Changes changes
                        && changes.paths().contains(path))
                .count();
    }

    /** Waits until every one of {@code paths} was delivered. */
    public void awaitPaths(String... paths) {
        Await.until(
                "watcher to report " + List.of(paths) + " (so far: " + summary() + ")",
                DEADLINE,
                () -> paths().containsAll(List.of(paths)));
    }

    /** Waits until a delivered batch matches {@code test}, and returns the first that does. */
    public WatchBatch awaitBatch(String what, Predicate<WatchBatch> test) {
        Await.until(
                what + " (so far: " + summary() + ")",
                DEADLINE,
                () -> batches().stream().anyMatch(test));
        return batches().stream().filter(test).findFirst().orElseThrow();
    }

    private synchronized String summary() {
        String all = batches.toString();
        return all.length() > 500 ? all.substring(0, 500) + "..." : all;
    }
}
