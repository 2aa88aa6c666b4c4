package shaktiman.core.index.scan;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import shaktiman.core.index.discovery.Candidate;
import shaktiman.core.index.discovery.Content;
import shaktiman.core.index.discovery.Indexability;
import shaktiman.core.index.discovery.Refusal;
import shaktiman.core.index.discovery.WalkEntry;
import shaktiman.core.index.discovery.WalkOutcome;
import shaktiman.core.index.discovery.Walker;
import shaktiman.core.model.index.DeleteCause;
import shaktiman.core.model.index.IndexJob;
import shaktiman.core.model.index.SkipReason;
import shaktiman.core.port.BatchResult;
import shaktiman.core.port.FileStamp;
import shaktiman.core.port.IndexStore;
import shaktiman.core.port.IndexWriter;

/**
 * One full scan of a project (IX-8 … IX-11, IX-42, IX-45): walk, decide per file whether it changed (IX-10), read and
 * process the changed ones on a bounded pool of platform parse workers, and hand the results to the single writer in
 * walk order, then remove what the walk no longer finds and, if nothing was cut short, write the completion record
 * (IX-41). Cold scans, catch-up scans and rescans are all this one path.
 */
public final class FullScan {
    private static final System.Logger LOG = System.getLogger(FullScan.class.getName());

    private final Indexability indexability;
    private final IndexStore store;
    private final FileProcessor processor;
    private final int workers;
    private final String fingerprint;
    private final LongSupplier clockMs;

    /**
     * @param workers parse threads (IX-45: {@code index.workers}); the window of files in flight is twice that
     * @param fingerprint the current index fingerprint (IX-40); a different stored one means a rebuild in place
     * @param clockMs the wall clock in epoch ms, for read times
     */
    public FullScan(
            Indexability indexability,
            IndexStore store,
            FileProcessor processor,
            int workers,
            String fingerprint,
            LongSupplier clockMs) {
        this.indexability = Objects.requireNonNull(indexability, "indexability");
        this.store = Objects.requireNonNull(store, "store");
        this.processor = Objects.requireNonNull(processor, "processor");
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        this.workers = workers;
        this.fingerprint = Objects.requireNonNull(fingerprint, "fingerprint");
        this.clockMs = Objects.requireNonNull(clockMs, "clockMs");
    }

    /**
     * Runs the scan; {@code cancelled} is polled at every file, and what has committed stays committed. Writes go
     * through a writer thread of the scan's own (IX-45), so parsing goes on while a batch commits; this method returns
     * once everything is committed.
     */
    public ScanResult run(BooleanSupplier cancelled, ScanProgress progress) {
        IndexWriter writer = store.writer();
        boolean rebuild = !fingerprint.equals(store.fingerprint().orElse(""));
        if (rebuild) {
            writer.setFingerprint(fingerprint); // clears the completion record in the same transaction (IX-40)
        }
        Map<String, FileStamp> stored = store.storedFiles();
        List<Candidate> candidates = new ArrayList<>();
        try (BatchWriter output = new BatchWriter(writer)) {
            Batches batches = new Batches(output, progress);
            WalkOutcome outcome = new Walker(indexability).walk("", cancelled, entry -> {
                switch (entry) {
                    case Candidate candidate -> {
                        candidates.add(candidate);
                        progress.update(0, candidates.size(), false);
                    }
                    case WalkEntry.Skipped skipped ->
                        batches.add(skipJobs(skipped.path(), skipped.refusal(), stored), 0);
                    case WalkEntry.Pruned pruned -> {}
                }
            });
            batches.total = candidates.size();
            progress.update(0, candidates.size(), outcome == WalkOutcome.COMPLETED);
            Counts counts = processAll(candidates, stored, rebuild, cancelled, batches);
            boolean completed = outcome == WalkOutcome.COMPLETED && !cancelled.getAsBoolean();
            long removed = 0;
            if (completed) {
                removed = removeVanished(candidates, stored, batches);
            }
            List<BatchResult.FileFailure> failures = batches.finish(completed ? fingerprint : null);
            return new ScanResult(
                    candidates.size(), counts.indexed, counts.unchanged, removed, batches.skips, completed, failures);
        }
    }

    private static final class Counts {
        long indexed;
        long unchanged;
    }

    private Counts processAll(
            List<Candidate> candidates,
            Map<String, FileStamp> stored,
            boolean rebuild,
            BooleanSupplier cancelled,
            Batches batches) {
        Counts counts = new Counts();
        // IX-45: a bounded window of files in flight; results are taken in walk order, so the index is deterministic.
        ArrayDeque<Future<FileOutcome>> window = new ArrayDeque<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(
                workers, Thread.ofPlatform().name("parse-", 1).daemon(true).factory())) {
            for (Candidate candidate : candidates) {
                if (cancelled.getAsBoolean()) {
                    break;
                }
                FileStamp stamp = stored.get(candidate.path());
                if (!rebuild
                        && stamp != null
                        && stamp.size() == candidate.size()
                        && stamp.mtimeMs() == candidate.mtimeMs()) {
                    counts.unchanged++;
                    batches.add(List.of(), 1);
                    continue;
                }
                window.add(pool.submit(() -> processOne(candidate, stamp, rebuild)));
                if (window.size() >= 2 * workers) {
                    take(window.poll(), counts, batches);
                }
            }
            while (!window.isEmpty()) {
                take(window.poll(), counts, batches);
            }
        }
        return counts;
    }

    private static void take(Future<FileOutcome> future, Counts counts, Batches batches) {
        FileOutcome outcome;
        try {
            outcome = future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a parse worker", e);
        } catch (ExecutionException e) {
            throw new AssertionError("processOne reports every failure as a job", e.getCause());
        }
        if (outcome.indexed()) {
            counts.indexed++;
        } else if (outcome.unchanged()) {
            counts.unchanged++;
        }
        batches.add(outcome.jobs(), 1);
    }

    private record FileOutcome(List<IndexJob> jobs, boolean indexed, boolean unchanged) {}

    /** Reads, hashes and processes one file on a parse worker; never throws. */
    private FileOutcome processOne(Candidate candidate, FileStamp stamp, boolean rebuild) {
        long readMs = clockMs.getAsLong();
        try {
            return switch (indexability.read(candidate)) {
                case Content.Text text -> {
                    if (!rebuild && stamp != null && stamp.contentHash().equals(text.sha256())) {
                        // IX-10: same bytes, only the stored mtime moves.
                        yield new FileOutcome(
                                List.of(new IndexJob.TouchMtime(candidate.path(), candidate.mtimeMs(), readMs)),
                                false,
                                true);
                    }
                    yield new FileOutcome(
                            List.of(new IndexJob.Upsert(processor.process(candidate, text, readMs))), true, false);
                }
                case Refusal refusal ->
                    new FileOutcome(skipJobs(candidate.path(), refusal, stampMap(stamp)), false, false);
            };
        } catch (RuntimeException e) {
            // One file's failure never stops the scan: it is recorded with its reason and tried again next time.
            LOG.log(System.Logger.Level.WARNING, "cannot index " + candidate.path() + ": " + e, e);
            return new FileOutcome(
                    List.of(new IndexJob.Skip(
                            candidate.path(), SkipReason.WRITE_FAILED, candidate.size(), e.toString())),
                    false,
                    false);
        }
    }

    private static Map<String, FileStamp> stampMap(FileStamp stamp) {
        return stamp == null ? Map.of() : Map.of(stamp.path(), stamp);
    }

    /** A refused file: its skip row (IX-9) and, if the index still holds it, its removal without a change record. */
    private List<IndexJob> skipJobs(String path, Refusal refusal, Map<String, FileStamp> stored) {
        List<IndexJob> jobs = new ArrayList<>(2);
        if (stored.containsKey(path)) {
            jobs.add(new IndexJob.Delete(path, DeleteCause.REFUSED, clockMs.getAsLong()));
        }
        if (refusal.reason().recordedAsSkip()) {
            jobs.add(new IndexJob.Skip(
                    path,
                    SkipReason.valueOf(refusal.reason().name()),
                    refusal.size().isPresent() ? refusal.size().getAsLong() : null,
                    refusal.detail().orElse(null)));
        }
        return jobs;
    }

    /** IX-11: every stored path the walk did not accept goes, with a change record only if it vanished. */
    private long removeVanished(List<Candidate> candidates, Map<String, FileStamp> stored, Batches batches) {
        Set<String> accepted = new HashSet<>();
        candidates.forEach(candidate -> accepted.add(candidate.path()));
        long removed = 0;
        for (String path : stored.keySet().stream().sorted().toList()) {
            if (accepted.contains(path) || batches.deletes.contains(path)) {
                continue;
            }
            boolean exists = Files.exists(indexability.root().resolve(path), LinkOption.NOFOLLOW_LINKS);
            batches.add(
                    List.of(new IndexJob.Delete(
                            path, exists ? DeleteCause.REFUSED : DeleteCause.VANISHED, clockMs.getAsLong())),
                    0);
            removed++;
        }
        // IX-9: a skip row goes when its file disappears or is no longer refused; such paths have no files row.
        for (String path : store.skippedPaths()) {
            if (!accepted.contains(path) && !batches.skipped.contains(path) && !stored.containsKey(path)) {
                batches.add(List.of(new IndexJob.Delete(path, DeleteCause.VANISHED, clockMs.getAsLong())), 0);
            }
        }
        return removed;
    }

    /**
     * The scanning thread's side of the writer: hands each file's jobs to the writer thread, counts skips and
     * deletions, and reports progress as batches commit.
     */
    private static final class Batches {
        private final BatchWriter output;
        private final ScanProgress progress;
        private final Set<String> deletes = new HashSet<>();
        private final Set<String> skipped = new HashSet<>();
        private long skips;
        private long total;
        private long reported;

        Batches(BatchWriter output, ScanProgress progress) {
            this.output = output;
            this.progress = progress;
        }

        /** Queues {@code jobs}, which complete {@code files} scanned files, and reports any commit since the last. */
        void add(List<IndexJob> jobs, long files) {
            for (IndexJob job : jobs) {
                switch (job) {
                    case IndexJob.Skip skip -> {
                        skips++;
                        skipped.add(skip.path());
                    }
                    case IndexJob.Delete delete -> deletes.add(delete.path());
                    default -> {}
                }
            }
            output.put(jobs, files);
            report();
        }

        List<BatchResult.FileFailure> finish(String completedFingerprint) {
            List<BatchResult.FileFailure> failures = output.finish(completedFingerprint);
            report();
            return failures;
        }

        private void report() {
            long committed = output.committedFiles();
            if (committed != reported) {
                reported = committed;
                progress.update(committed, total, true);
            }
        }
    }
}
