package shaktiman.core.index.write;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import shaktiman.core.model.index.IndexJob;

/**
 * One unit of a batch that the writer applies atomically (in its own savepoint, IX-44): a single job, or a deletion and
 * an addition paired into a rename (IX-48). {@link #plan} turns a batch's jobs into steps and {@link #transactions}
 * cuts them within the IX-42 limits, so that every store pairs and cuts the same way.
 */
public sealed interface WriteStep {
    /** The paths whose rows the step changes; the first is the one a failure is recorded under. */
    List<String> paths();

    /** Characters of chunk content the step writes, for the 16 MiB limit. */
    default long contentChars() {
        return 0;
    }

    /** A job on its own. */
    record Single(IndexJob job) implements WriteStep {
        @Override
        public List<String> paths() {
            return List.of(job.path());
        }

        @Override
        public long contentChars() {
            return job instanceof IndexJob.Upsert upsert ? upsert.file().contentChars() : 0;
        }
    }

    /** A deletion of a stored path and an addition of a new path with the same content hash. */
    record Rename(IndexJob.Delete from, IndexJob.Upsert to) implements WriteStep {
        @Override
        public List<String> paths() {
            return List.of(to.path(), from.path());
        }

        @Override
        public long contentChars() {
            return to.file().contentChars();
        }
    }

    /**
     * Pairs each upsert of a path the index does not hold with the first unpaired deletion, in the same batch, of a
     * stored path whose content hash equals the upsert's and which the batch does not also upsert. The rename takes the
     * upsert's place in the order; the deletion's own place is dropped.
     *
     * @param storedHash the stored content hash of a path, empty when the path is not stored
     */
    public static List<WriteStep> plan(List<IndexJob> jobs, Function<String, Optional<String>> storedHash) {
        Set<String> upserted = new HashSet<>();
        for (IndexJob job : jobs) {
            if (job instanceof IndexJob.Upsert) {
                upserted.add(job.path());
            }
        }
        List<Integer> candidates = new ArrayList<>(); // positions of deletions that may be a rename's old side
        List<String> candidateHashes = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            if (jobs.get(i) instanceof IndexJob.Delete delete && !upserted.contains(delete.path())) {
                Optional<String> hash = storedHash.apply(delete.path());
                if (hash.isPresent()) {
                    candidates.add(i);
                    candidateHashes.add(hash.get());
                }
            }
        }
        boolean[] paired = new boolean[jobs.size()];
        List<WriteStep> steps = new ArrayList<>();
        List<Integer> stepJobs = new ArrayList<>(); // the job position behind each plain step
        for (int i = 0; i < jobs.size(); i++) {
            IndexJob job = jobs.get(i);
            if (job instanceof IndexJob.Upsert upsert
                    && !candidates.isEmpty()
                    && storedHash.apply(upsert.path()).isEmpty()) {
                int partner = candidateHashes.indexOf(upsert.file().meta().contentHash());
                if (partner >= 0) {
                    int position = candidates.remove(partner);
                    candidateHashes.remove(partner);
                    paired[position] = true;
                    steps.add(new Rename((IndexJob.Delete) jobs.get(position), upsert));
                    stepJobs.add(-1);
                    continue;
                }
            }
            steps.add(new Single(job));
            stepJobs.add(i);
        }
        List<WriteStep> result = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            int position = stepJobs.get(i);
            if (position < 0 || !paired[position]) {
                result.add(steps.get(i));
            }
        }
        return result;
    }

    /**
     * Cuts the steps, in order, into transactions of at most {@code maxFiles} files and {@code maxChars} characters of
     * content (IX-42: 256 files, 16 MiB); a rename counts as two files, and a single step over a limit stands alone.
     */
    public static List<List<WriteStep>> transactions(List<WriteStep> steps, int maxFiles, long maxChars) {
        List<List<WriteStep>> groups = new ArrayList<>();
        List<WriteStep> current = new ArrayList<>();
        int files = 0;
        long chars = 0;
        for (WriteStep step : steps) {
            int stepFiles = step.paths().size();
            boolean full = files + stepFiles > maxFiles || chars + step.contentChars() > maxChars;
            if (full && !current.isEmpty()) {
                groups.add(current);
                current = new ArrayList<>();
                files = 0;
                chars = 0;
            }
            current.add(step);
            files += stepFiles;
            chars += step.contentChars();
        }
        if (!current.isEmpty()) {
            groups.add(current);
        }
        return groups;
    }
}
