package shaktiman.app.bench;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The retrieval-quality metrics of one query (issue #4, acceptance 2): the reciprocal rank of the first result that
 * answers it and the share of its expected answers found, both over the first {@code k} results. A result answers
 * when its file is one of the expected files; a file that comes back in several results counts once for recall and
 * at its best position for the rank.
 *
 * @param firstRank the 1-based position of the first answering result within the first {@code k}, empty if none
 * @param found how many distinct expected answers the first {@code k} results hold
 * @param expected how many answers the query expects
 */
record RankingMetrics(OptionalInt firstRank, int found, int expected) {

    RankingMetrics {
        Objects.requireNonNull(firstRank, "firstRank");
        if (expected < 1 || found < 0 || found > expected) {
            throw new IllegalArgumentException("found " + found + " of expected " + expected + " is not a count");
        }
    }

    /**
     * The metrics of {@code rankedFiles} (the file of each result, best first, repeats allowed) against {@code
     * expectedFiles}, cut at {@code k}.
     */
    static RankingMetrics of(List<String> rankedFiles, Collection<String> expectedFiles, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be positive, was " + k);
        }
        Set<String> expected = Set.copyOf(expectedFiles);
        if (expected.isEmpty()) {
            throw new IllegalArgumentException("a query needs at least one expected file");
        }
        OptionalInt first = OptionalInt.empty();
        Set<String> found = new HashSet<>();
        List<String> top = rankedFiles.subList(0, Math.min(k, rankedFiles.size()));
        for (int i = 0; i < top.size(); i++) {
            if (expected.contains(top.get(i))) {
                if (first.isEmpty()) {
                    first = OptionalInt.of(i + 1);
                }
                found.add(top.get(i));
            }
        }
        return new RankingMetrics(first, found.size(), expected.size());
    }

    /** 1 / the first answering rank, 0 when no answer is in the first {@code k}. */
    double reciprocalRank() {
        return firstRank.isPresent() ? 1.0 / firstRank.getAsInt() : 0.0;
    }

    /** The share of expected answers found, 0–1. */
    double recall() {
        return (double) found / expected;
    }

    /** The means over a query set: MRR@k and recall@k. */
    record Mean(double mrr, double recall, int queries) {

        static Mean of(Collection<RankingMetrics> metrics) {
            if (metrics.isEmpty()) {
                return new Mean(0, 0, 0);
            }
            double rr = 0;
            double recall = 0;
            for (RankingMetrics m : metrics) {
                rr += m.reciprocalRank();
                recall += m.recall();
            }
            return new Mean(rr / metrics.size(), recall / metrics.size(), metrics.size());
        }
    }
}
