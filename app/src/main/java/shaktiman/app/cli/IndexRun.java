package shaktiman.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import shaktiman.adapters.store.SqliteIndexStore;
import shaktiman.app.cli.output.IndexSummary;
import shaktiman.app.config.Config;
import shaktiman.app.config.TestHooks;
import shaktiman.app.index.IndexPipeline;
import shaktiman.core.daemon.ProjectLayout;
import shaktiman.core.index.scan.FullScan;
import shaktiman.core.index.scan.ScanResult;
import shaktiman.core.port.IndexCounts;

/**
 * One {@code shaktiman index} run while the caller holds the lock: open the store for writing, scan the project with
 * the real parser and token counter, and report what the index now holds (MI-39).
 */
final class IndexRun {
    private IndexRun() {}

    /** The outcome: the summary to print, and whether the scan was cut short by a signal. */
    record Outcome(IndexSummary summary, boolean interrupted) {}

    static Outcome run(
            ProjectLayout layout, Config config, PrintWriter err, boolean terminal, BooleanSupplier cancelled) {
        long started = System.nanoTime();
        try (SqliteIndexStore store = SqliteIndexStore.openForWriting(layout.indexDb());
                IndexPipeline pipeline = IndexPipeline.open(layout.root(), config, TestHooks.none())) {
            FullScan scan = pipeline.fullScan(store);
            ScanResult result = scan.run(cancelled, new ProgressPrinter(err, terminal));
            result.failures()
                    .forEach(failure ->
                            err.println("shaktiman: cannot store " + failure.path() + ": " + failure.message()));
            IndexCounts counts = store.counts();
            return new Outcome(
                    new IndexSummary(
                            counts.files(),
                            counts.chunks(),
                            counts.symbols(),
                            new java.util.LinkedHashMap<>(counts.languages()),
                            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)),
                    !result.completed() && cancelled.getAsBoolean());
        }
    }
}
