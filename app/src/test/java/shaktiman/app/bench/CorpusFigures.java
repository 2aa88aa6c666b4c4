package shaktiman.app.bench;

import java.util.Optional;

/**
 * What the index benchmark measured on one corpus; a skipped corpus has only its reason.
 *
 * @param corpus the corpus
 * @param javaOpts the {@code SHAKTIMAN_JAVA_OPTS} of the cold run (empty for the launcher's defaults)
 * @param totals what the index held after the cold run
 * @param cold the cold run
 * @param indexBytes {@code index.db} plus its {@code -wal} and {@code -shm} after the run
 * @param partition T-20 over the stored chunks
 * @param live save → searchable
 */
record CorpusFigures(
        BenchCorpus corpus,
        String javaOpts,
        Optional<CorpusIndex.Totals> totals,
        Optional<ColdIndex> cold,
        long indexBytes,
        Optional<PartitionSweep.Result> partition,
        Optional<SaveToSearchable.Result> live) {

    static CorpusFigures skipped(BenchCorpus corpus) {
        return new CorpusFigures(corpus, "", Optional.empty(), Optional.empty(), 0, Optional.empty(), Optional.empty());
    }

    boolean measured() {
        return cold.isPresent() && totals.isPresent();
    }

    double seconds() {
        return cold.orElseThrow().wallNanos() / 1e9;
    }

    double megabytes() {
        return totals.orElseThrow().bytes() / 1e6;
    }

    double filesPerSecond() {
        return totals.orElseThrow().files() / seconds();
    }

    double megabytesPerSecond() {
        return megabytes() / seconds();
    }
}
