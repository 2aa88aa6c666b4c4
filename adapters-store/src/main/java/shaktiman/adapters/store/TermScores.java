package shaktiman.adapters.store;

import java.util.Arrays;

/**
 * One term's matches in {@code chunks_fts} with its share of each one's BM25 ({@link FullTextQueries#BM25}, larger is
 * better): the chunk ids ascending, and at the same index the score FTS5 gives the chunk for the term alone. Never
 * modified once built, so it may be shared between threads.
 */
record TermScores(long[] chunkIds, double[] scores) {
    static final TermScores NONE = new TermScores(new long[0], new double[0]);

    TermScores {
        if (chunkIds.length != scores.length) {
            throw new IllegalArgumentException(
                    "chunkIds and scores differ in length: " + chunkIds.length + " and " + scores.length);
        }
    }

    int size() {
        return chunkIds.length;
    }

    boolean holds(long chunkId) {
        return Arrays.binarySearch(chunkIds, chunkId) >= 0;
    }

    /** Collects rows given in ascending chunk id order. */
    static final class Builder {
        private long[] ids = new long[16];
        private double[] values = new double[16];
        private int size;

        void add(long chunkId, double score) {
            if (size > 0 && ids[size - 1] >= chunkId) {
                throw new IllegalStateException("chunk ids must ascend, got " + chunkId + " after " + ids[size - 1]);
            }
            if (size == ids.length) {
                ids = Arrays.copyOf(ids, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            ids[size] = chunkId;
            values[size] = score;
            size++;
        }

        TermScores build() {
            return size == 0 ? NONE : new TermScores(Arrays.copyOf(ids, size), Arrays.copyOf(values, size));
        }
    }
}
