package shaktiman.core.index.live;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import shaktiman.core.index.discovery.Candidate;
import shaktiman.core.index.discovery.Content;
import shaktiman.core.index.discovery.IgnoreRules;
import shaktiman.core.index.discovery.Indexability;
import shaktiman.core.index.discovery.Refusal;
import shaktiman.core.index.discovery.Verdict;
import shaktiman.core.index.discovery.WalkEntry;
import shaktiman.core.index.discovery.Walker;
import shaktiman.core.index.scan.FileProcessor;
import shaktiman.core.model.index.DeleteCause;
import shaktiman.core.model.index.IndexBatch;
import shaktiman.core.model.index.IndexJob;
import shaktiman.core.model.index.SkipReason;
import shaktiman.core.port.BatchResult;
import shaktiman.core.port.FileStamp;
import shaktiman.core.port.IndexStore;

/**
 * Applies one watcher batch (IX-64, IX-65): each path is judged by its state on disk through the one predicate of
 * IX-1, never by an event kind, and exactly those paths are written, through the store's single writer, as one
 * {@link IndexBatch} (so a deletion and an addition with equal hashes become a rename, IX-48, and the writer cuts it
 * into transactions of at most 256 files, IX-42).
 *
 * <ul>
 *   <li>A path that exists and is accepted is read and hashed; it is parsed only when its hash differs (IX-10).
 *   <li>A path that is missing or now refused is deleted; a vanished path that prefixes stored files deletes all of
 *       them (a removed or moved-away directory).
 *   <li>A directory that is reported is walked (a created or moved-in directory, whose files may predate its watch),
 *       with IX-10's size and mtime check, and stored files below it that the walk no longer accepts are removed.
 *   <li>A changed {@code .gitignore}, {@code .shaktimanignore} or {@code .git/info/exclude} reloads the rules and
 *       reconciles the subtree they govern the same way: newly ignored files go without change records, files no
 *       longer ignored are indexed. Every other path under {@code .git/} is ignored.
 * </ul>
 *
 * <p>Meant for one thread at a time (the index thread); reads and parses fan out over {@code workers} threads.
 */
public final class PathBatchIndexer {
    private static final System.Logger LOG = System.getLogger(PathBatchIndexer.class.getName());
    private static final String GIT_DIR = ".git";

    private final Indexability indexability;
    private final IndexStore store;
    private final FileProcessor processor;
    private final int workers;
    private final LongSupplier clockMs;

    /**
     * @param workers parse threads for a batch with several files to read ({@code index.workers})
     * @param clockMs the wall clock in epoch ms, for read and observation times (IX-46)
     */
    public PathBatchIndexer(
            Indexability indexability, IndexStore store, FileProcessor processor, int workers, LongSupplier clockMs) {
        this.indexability = Objects.requireNonNull(indexability, "indexability");
        this.store = Objects.requireNonNull(store, "store");
        this.processor = Objects.requireNonNull(processor, "processor");
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, got " + workers);
        }
        this.workers = workers;
        this.clockMs = Objects.requireNonNull(clockMs, "clockMs");
    }

    /**
     * What one batch did.
     *
     * @param paths the distinct paths the batch named
     * @param reconciledSubtrees the subtrees reconciled because an ignore file in them changed ({@code ""}: the root)
     * @param cancelled whether cancellation stopped the batch before anything was written
     * @param result what the writer committed (all zero when nothing needed writing or it was cancelled)
     */
    public record Outcome(int paths, List<String> reconciledSubtrees, boolean cancelled, BatchResult result) {
        public Outcome {
            reconciledSubtrees = List.copyOf(reconciledSubtrees);
            Objects.requireNonNull(result, "result");
        }
    }

    /**
     * Applies the batch; {@code cancelled} is polled at every path and file, and a cancelled batch writes nothing (the
     * next start's catch-up scan covers it).
     *
     * @param paths root-relative, {@code /}-separated paths of files or directories, existing or not
     * @throws shaktiman.core.port.IndexStoreException when the writer cannot commit
     */
    public Outcome apply(Collection<String> paths, BooleanSupplier cancelled) {
        Set<String> distinct = new LinkedHashSet<>(paths);
        Plan plan = new Plan(new TreeMap<>(store.storedFiles()), cancelled);
        List<String> subtrees = new ArrayList<>();
        for (String path : distinct) {
            indexability.reload(path).ifPresent(subtrees::add);
        }
        subtrees = outermost(subtrees);
        for (String path : distinct) {
            if (cancelled.getAsBoolean()) {
                return cancelledOutcome(distinct.size(), subtrees);
            }
            if (!isGitInternal(path) && !coveredBy(subtrees, path)) {
                plan.judge(path);
            }
        }
        for (String subtree : subtrees) {
            plan.reconcile(subtree);
        }
        List<IndexJob> jobs = plan.jobs();
        if (cancelled.getAsBoolean()) {
            return cancelledOutcome(distinct.size(), subtrees);
        }
        BatchResult result = jobs.isEmpty() ? emptyResult() : store.writer().apply(IndexBatch.of(jobs));
        return new Outcome(distinct.size(), subtrees, false, result);
    }

    private static Outcome cancelledOutcome(int paths, List<String> subtrees) {
        return new Outcome(paths, subtrees, true, emptyResult());
    }

    private static BatchResult emptyResult() {
        return new BatchResult(List.of(), 0, 0, 0, 0, 0, 0, 0, List.of());
    }

    /** IX-65: only the exclude file counts under the root's {@code .git/}; a nested {@code .git} is refused by IX-2. */
    private static boolean isGitInternal(String path) {
        return (path.equals(GIT_DIR) || path.startsWith(GIT_DIR + "/")) && !path.equals(IgnoreRules.INFO_EXCLUDE);
    }

    private static boolean coveredBy(List<String> subtrees, String path) {
        return subtrees.stream().anyMatch(subtree -> isUnder(path, subtree));
    }

    private static boolean isUnder(String path, String subtree) {
        return subtree.isEmpty() || path.equals(subtree) || path.startsWith(subtree + "/");
    }

    /** The subtrees none of the others contains, so that no file is walked twice. */
    private static List<String> outermost(List<String> subtrees) {
        List<String> result = new ArrayList<>();
        for (String subtree : new LinkedHashSet<>(subtrees)) {
            boolean inner = subtrees.stream().anyMatch(other -> !other.equals(subtree) && isUnder(subtree, other));
            if (!inner) {
                result.add(subtree);
            }
        }
        return result;
    }

    /** The decisions for one batch, by path in the order they were made; reads are deferred and run in parallel. */
    private final class Plan {
        private final NavigableMap<String, FileStamp> stored;
        private final BooleanSupplier cancelled;
        private final Map<String, Object> decisions = new LinkedHashMap<>(); // List<IndexJob> or Read

        Plan(NavigableMap<String, FileStamp> stored, BooleanSupplier cancelled) {
            this.stored = stored;
            this.cancelled = cancelled;
        }

        /** One path named by the watcher, judged by what is on disk now. */
        void judge(String path) {
            Path absolute = indexability.root().resolve(path);
            if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
                decide(path, deleteIfStored(path, DeleteCause.VANISHED));
                below(path).forEach(file -> decide(file, deleteIfStored(file, DeleteCause.VANISHED)));
                return;
            }
            switch (indexability.check(path)) {
                case Verdict.Directory directory -> reconcile(path);
                case Candidate candidate -> {
                    decide(path, new Read(candidate, stored.get(path)));
                    removeBelow(path); // a directory replaced by a file
                }
                case Refusal refusal -> {
                    List<IndexJob> jobs = new ArrayList<>(deleteIfStored(path, DeleteCause.REFUSED));
                    if (Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
                        removeBelow(path);
                    } else if (refusal.reason().recordedAsSkip()) {
                        jobs.add(skip(path, refusal));
                    }
                    decide(path, jobs);
                }
            }
        }

        /**
         * Walks {@code subtree} with IX-10's size and mtime check and removes the stored files below it that the walk
         * no longer accepts: a file that still exists was refused by a rule (no change record), one that is gone
         * vanished.
         */
        void reconcile(String subtree) {
            Set<String> accepted = new java.util.HashSet<>();
            new Walker(indexability).walk(subtree, cancelled, entry -> {
                switch (entry) {
                    case Candidate candidate -> {
                        accepted.add(candidate.path());
                        FileStamp stamp = stored.get(candidate.path());
                        boolean unchanged = stamp != null
                                && stamp.size() == candidate.size()
                                && stamp.mtimeMs() == candidate.mtimeMs();
                        if (!unchanged) {
                            decide(candidate.path(), new Read(candidate, stamp));
                        }
                    }
                    case WalkEntry.Skipped skipped -> {
                        List<IndexJob> jobs = new ArrayList<>(deleteIfStored(skipped.path(), DeleteCause.REFUSED));
                        jobs.add(skip(skipped.path(), skipped.refusal()));
                        decide(skipped.path(), jobs);
                    }
                    case WalkEntry.Pruned pruned -> {}
                }
            });
            if (cancelled.getAsBoolean()) {
                return; // an unfinished walk proves nothing about what is gone
            }
            List<String> candidates = new ArrayList<>();
            if (subtree.isEmpty()) {
                candidates.addAll(stored.keySet());
            } else {
                candidates.add(subtree);
                candidates.addAll(below(subtree));
            }
            for (String path : candidates) {
                if (stored.containsKey(path) && !accepted.contains(path)) {
                    boolean exists = Files.exists(indexability.root().resolve(path), LinkOption.NOFOLLOW_LINKS);
                    decide(path, deleteIfStored(path, exists ? DeleteCause.REFUSED : DeleteCause.VANISHED));
                }
            }
        }

        private void removeBelow(String directory) {
            for (String file : below(directory)) {
                boolean exists = Files.exists(indexability.root().resolve(file), LinkOption.NOFOLLOW_LINKS);
                decide(file, deleteIfStored(file, exists ? DeleteCause.REFUSED : DeleteCause.VANISHED));
            }
        }

        /** The stored paths strictly below {@code directory}; {@code '0'} is the character after {@code '/'}. */
        private List<String> below(String directory) {
            return List.copyOf(
                    stored.subMap(directory + "/", true, directory + "0", false).keySet());
        }

        private List<IndexJob> deleteIfStored(String path, DeleteCause cause) {
            return stored.containsKey(path)
                    ? List.of(new IndexJob.Delete(path, cause, clockMs.getAsLong()))
                    : List.of();
        }

        /** The first decision about a path wins: a path named twice, or named and walked, is handled once. */
        private void decide(String path, Object decision) {
            decisions.putIfAbsent(path, decision);
        }

        /** Runs the deferred reads (in parallel when there are several) and lists every job in decision order. */
        List<IndexJob> jobs() {
            List<Read> reads = decisions.values().stream()
                    .filter(Read.class::isInstance)
                    .map(Read.class::cast)
                    .toList();
            Map<String, List<IndexJob>> read = readAll(reads);
            List<IndexJob> jobs = new ArrayList<>();
            for (Map.Entry<String, Object> decision : decisions.entrySet()) {
                if (decision.getValue() instanceof Read) {
                    jobs.addAll(read.getOrDefault(decision.getKey(), List.of()));
                } else {
                    @SuppressWarnings("unchecked")
                    List<IndexJob> decided = (List<IndexJob>) decision.getValue();
                    jobs.addAll(decided);
                }
            }
            return jobs;
        }

        private Map<String, List<IndexJob>> readAll(List<Read> reads) {
            Map<String, List<IndexJob>> results = new LinkedHashMap<>();
            if (reads.size() <= 1) {
                reads.forEach(one -> results.put(one.candidate().path(), read(one)));
                return results;
            }
            try (ExecutorService pool = Executors.newFixedThreadPool(
                    Math.min(workers, reads.size()),
                    Thread.ofPlatform().name("watch-parse-", 1).daemon(true).factory())) {
                List<Future<List<IndexJob>>> futures = new ArrayList<>(reads.size());
                for (Read one : reads) {
                    futures.add(pool.submit(() -> read(one)));
                }
                for (int i = 0; i < reads.size(); i++) {
                    results.put(reads.get(i).candidate().path(), await(futures.get(i)));
                }
            }
            return results;
        }

        private List<IndexJob> read(Read one) {
            if (cancelled.getAsBoolean()) {
                return List.of();
            }
            return PathBatchIndexer.this.read(one);
        }
    }

    private static List<IndexJob> await(Future<List<IndexJob>> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a parse worker", e);
        } catch (ExecutionException e) {
            throw new AssertionError("read reports every failure as a job", e.getCause());
        }
    }

    /**
     * A file to read and hash: one the watcher named (an event says it changed, so size and mtime are not trusted), or
     * one a walk found with a size or mtime different from its stamp ({@code null} when not stored).
     */
    private record Read(Candidate candidate, FileStamp stamp) {}

    /** Reads, hashes and, if its bytes changed, processes one file; never throws. */
    private List<IndexJob> read(Read one) {
        Candidate candidate = one.candidate();
        FileStamp stamp = one.stamp();
        long readMs = clockMs.getAsLong();
        try {
            return switch (indexability.read(candidate)) {
                case Content.Text text -> {
                    if (stamp != null && stamp.contentHash().equals(text.sha256())) {
                        // IX-10: same bytes; only a moved mtime is worth a write.
                        yield stamp.mtimeMs() == candidate.mtimeMs()
                                ? List.of()
                                : List.of(new IndexJob.TouchMtime(candidate.path(), candidate.mtimeMs(), readMs));
                    }
                    yield List.of(new IndexJob.Upsert(processor.process(candidate, text, readMs)));
                }
                case Refusal refusal -> {
                    List<IndexJob> jobs = new ArrayList<>(2);
                    if (stamp != null) {
                        jobs.add(new IndexJob.Delete(candidate.path(), DeleteCause.REFUSED, readMs));
                    }
                    if (refusal.reason().recordedAsSkip()) {
                        jobs.add(skip(candidate.path(), refusal));
                    }
                    yield jobs;
                }
            };
        } catch (RuntimeException e) {
            // One file's failure never stops the batch: it is recorded and tried again at its next event or start.
            LOG.log(System.Logger.Level.WARNING, "cannot index " + candidate.path() + ": " + e, e);
            return List.of(
                    new IndexJob.Skip(candidate.path(), SkipReason.WRITE_FAILED, candidate.size(), e.toString()));
        }
    }

    private static IndexJob.Skip skip(String path, Refusal refusal) {
        return new IndexJob.Skip(
                path,
                SkipReason.valueOf(refusal.reason().name()),
                refusal.size().isPresent() ? refusal.size().getAsLong() : null,
                refusal.detail().orElse(null));
    }
}
