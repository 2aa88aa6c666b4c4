package shaktiman.app.bench;

import java.util.Arrays;

/** Durations measured in nanoseconds, sorted once, with the order statistics the report prints. */
record Samples(long[] sortedNanos) {

    Samples {
        if (sortedNanos.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
    }

    /** The samples of {@code nanos}, which this copies. */
    static Samples of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Samples(sorted);
    }

    int count() {
        return sortedNanos.length;
    }

    double minMs() {
        return millis(sortedNanos[0]);
    }

    double maxMs() {
        return millis(sortedNanos[sortedNanos.length - 1]);
    }

    double medianMs() {
        return percentileMs(50);
    }

    /** The nearest-rank percentile: the smallest sample with at least {@code p} % of the samples at or below it. */
    double percentileMs(double p) {
        int rank = (int) Math.ceil(p / 100.0 * sortedNanos.length);
        return millis(sortedNanos[Math.clamp(rank - 1, 0, sortedNanos.length - 1)]);
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }
}
