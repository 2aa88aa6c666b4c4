package shaktiman.adapters.store;

import java.util.Arrays;
import java.util.List;

/**
 * The BM25 of an OR of terms for every chunk matching any of them, summed from each term's {@link TermScores}. FTS5's
 * {@code bm25()} is a sum over the query's phrases, in query order, starting from 0, of a share that depends only on
 * the phrase, the row and the table's totals, and a phrase absent from the row adds exactly 0; so adding the terms'
 * scores in query order gives the very double FTS5 computes for the OR query ({@link Bm25Sums} checks that the native
 * library really computes it that way).
 */
final class SummedScores {
    private final long[] chunkIds;
    private final double[] scores;

    private SummedScores(long[] chunkIds, double[] scores) {
        this.chunkIds = chunkIds;
        this.scores = scores;
    }

    /**
     * A dense sum runs over an array as long as the id range; it is taken while that range is at most this many times
     * the number of matches (a sparse index after years of rewrites merges instead).
     */
    static final int DENSE_FACTOR = 4;

    /** Sums {@code terms}, given in query order, chunk by chunk. */
    static SummedScores of(List<TermScores> terms) {
        long low = Long.MAX_VALUE;
        long high = Long.MIN_VALUE;
        long matches = 0;
        for (TermScores term : terms) {
            if (term.size() > 0) {
                low = Math.min(low, term.chunkIds()[0]);
                high = Math.max(high, term.chunkIds()[term.size() - 1]);
                matches += term.size();
            }
        }
        if (matches == 0) {
            return new SummedScores(new long[0], new double[0]);
        }
        long range = high - low + 1;
        return range <= DENSE_FACTOR * Math.max(matches, 1024) ? dense(terms, low, (int) range) : merged(terms);
    }

    /**
     * Adds each term's scores, term by term in query order, into an array indexed by chunk id: every chunk's sum
     * starts at 0 and takes its terms' scores in query order, as in {@link #merged}.
     */
    static SummedScores dense(List<TermScores> terms, long low, int range) {
        double[] sums = new double[range];
        boolean[] matched = new boolean[range];
        for (TermScores term : terms) {
            long[] ids = term.chunkIds();
            double[] scores = term.scores();
            for (int i = 0; i < ids.length; i++) {
                int at = (int) (ids[i] - low);
                sums[at] += scores[i];
                matched[at] = true;
            }
        }
        int size = 0;
        for (boolean hit : matched) {
            size += hit ? 1 : 0;
        }
        long[] chunkIds = new long[size];
        double[] totals = new double[size];
        int next = 0;
        for (int at = 0; at < range; at++) {
            if (matched[at]) {
                chunkIds[next] = low + at;
                totals[next] = sums[at];
                next++;
            }
        }
        return new SummedScores(chunkIds, totals);
    }

    /** A merge of the terms' id-ordered lists, adding each chunk's scores in query order. */
    static SummedScores merged(List<TermScores> terms) {
        int count = terms.size();
        long[][] termIds = new long[count][];
        double[][] termScores = new double[count][];
        int[] next = new int[count];
        int bound = 0;
        for (int t = 0; t < count; t++) {
            termIds[t] = terms.get(t).chunkIds();
            termScores[t] = terms.get(t).scores();
            bound += termIds[t].length;
        }
        long[] ids = new long[bound];
        double[] sums = new double[bound];
        int size = 0;
        while (true) {
            long id = Long.MAX_VALUE;
            boolean any = false;
            for (int t = 0; t < count; t++) {
                if (next[t] < termIds[t].length && (!any || termIds[t][next[t]] < id)) {
                    id = termIds[t][next[t]];
                    any = true;
                }
            }
            if (!any) {
                break;
            }
            double sum = 0.0; // as FTS5 starts, then adds each phrase's share in query order
            for (int t = 0; t < count; t++) {
                if (next[t] < termIds[t].length && termIds[t][next[t]] == id) {
                    sum += termScores[t][next[t]];
                    next[t]++;
                }
            }
            ids[size] = id;
            sums[size] = sum;
            size++;
        }
        return new SummedScores(Arrays.copyOf(ids, size), Arrays.copyOf(sums, size));
    }

    int size() {
        return chunkIds.length;
    }

    long chunkId(int index) {
        return chunkIds[index];
    }

    double score(int index) {
        return scores[index];
    }

    /**
     * The indexes of the best {@code count} chunks (all when fewer), best first: by score descending, then chunk id
     * ascending, as {@link FullTextQueries#RANKED} orders them. A bounded heap, so that a query matching most of the
     * index costs no full sort.
     */
    int[] best(int count) {
        int k = Math.min(count, chunkIds.length);
        int[] heap = new int[k]; // the k best so far, the worst of them at the root
        int size = 0;
        for (int i = 0; i < chunkIds.length; i++) {
            if (size < k) {
                heap[size] = i;
                up(heap, size);
                size++;
            } else if (k > 0 && better(i, heap[0])) {
                heap[0] = i;
                down(heap, size);
            }
        }
        int[] order = new int[size];
        for (int j = size - 1; j >= 0; j--) {
            order[j] = heap[0];
            heap[0] = heap[j];
            down(heap, j);
        }
        return order;
    }

    private boolean better(int a, int b) {
        return scores[a] > scores[b] || (scores[a] == scores[b] && chunkIds[a] < chunkIds[b]);
    }

    private void up(int[] heap, int at) {
        int i = at;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            if (!better(heap[parent], heap[i])) {
                return;
            }
            swap(heap, i, parent);
            i = parent;
        }
    }

    private void down(int[] heap, int size) {
        int i = 0;
        while (true) {
            int left = 2 * i + 1;
            if (left >= size) {
                return;
            }
            int worse = left + 1 < size && better(heap[left], heap[left + 1]) ? left + 1 : left;
            if (!better(heap[i], heap[worse])) {
                return;
            }
            swap(heap, i, worse);
            i = worse;
        }
    }

    private static void swap(int[] heap, int a, int b) {
        int kept = heap[a];
        heap[a] = heap[b];
        heap[b] = kept;
    }
}
