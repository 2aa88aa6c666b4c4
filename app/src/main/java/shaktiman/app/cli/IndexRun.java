package shaktiman.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import shaktiman.adapters.store.SqliteIndexStore;
import shaktiman.app.cli.output.IndexSummary;
import shaktiman.app.config.Config;
import shaktiman.app.config.TestHooks;
import shaktiman.app.index.IndexPipeline;
import shaktiman.app.index.InstrumentedIndexStore;
import shaktiman.core.daemon.ProjectLayout;
import shaktiman.core.index.scan.FullScan;
import shaktiman.core.index.scan.ScanResult;
import shaktiman.core.port.IndexCounts;

/**
 * One {@code shaktiman index} run while the caller holds the lock: open the store for writing, scan the project with
 * the real parser and token counter, and report what the index now holds (MI-39).
 */
final class IndexRun {
    private static final Logger LOG = LoggerFactory.getLogger(IndexRun.class);

    private IndexRun() {}

    /** The outcome: the summary to print, and whether the scan was cut short by a signal. */
    record Outcome(IndexSummary summary, boolean interrupted) {}

    static Outcome run(
            ProjectLayout layout,
            Config config,
            TestHooks hooks,
            PrintWriter err,
            boolean terminal,
            BooleanSupplier cancelled) {
        long started = System.nanoTime();
        SqliteIndexStore.Options options = SqliteIndexStore.Options.defaults();
        if (hooks.writeFailPath().isPresent()) {
            LOG.atWarn()
                    .log("test hook active: writeFailPath="
                            + hooks.writeFailPath().get());
            options = options.withWriteFailPath(hooks.writeFailPath().get());
        }
        try (InstrumentedIndexStore store =
                        new InstrumentedIndexStore(SqliteIndexStore.openForWriting(layout.indexDb(), options), hooks);
                // The store wrapper applies scanBatchDelayMs to this run's commits, so the pipeline gets no hooks.
                IndexPipeline pipeline = IndexPipeline.open(layout.root(), config, TestHooks.none())) {
            pipeline.reclassifyTests(store);
            FullScan scan = pipeline.fullScan(store);
            ScanResult result = scan.run(cancelled, new ProgressPrinter(err, terminal));
            result.failures()
                    .forEach(failure ->
                            err.println("shaktiman: cannot store " + failure.path() + ": " + failure.message()));
            IndexCounts counts = store.counts();
            // T-43 counts these; an INFO line reaches the project log, where the writer's DEBUG lines do not.
            LOG.atInfo()
                    .addKeyValue("transactions", store.transactions())
                    .addKeyValue("completed", result.completed())
                    .log("index run wrote " + result.indexed() + " files in " + store.transactions()
                            + " write transactions");
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
