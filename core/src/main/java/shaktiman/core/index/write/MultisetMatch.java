package shaktiman.core.index.write;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * Matches new rows to old rows as a multiset on a key, in order: the n-th new row with a key takes the n-th old row
 * with that key. This is chunk identity (IX-43, key (content hash, kind, qualified name)) and symbol identity (IX-33,
 * key (kind, qualified name), where the order gives the ordinal among equals).
 */
public final class MultisetMatch {
    /** The value of {@link #match} for a new row with no old partner. */
    public static final int UNMATCHED = -1;

    private MultisetMatch() {}

    /**
     * For each new key, the position of its old partner, or {@link #UNMATCHED}. Each old position is used at most
     * once. Linear in the number of keys.
     */
    public static <K> int[] match(List<K> oldKeys, List<K> newKeys) {
        Map<K, Queue<Integer>> available = new HashMap<>();
        for (int i = 0; i < oldKeys.size(); i++) {
            available.computeIfAbsent(oldKeys.get(i), key -> new ArrayDeque<>()).add(i);
        }
        int[] partners = new int[newKeys.size()];
        Arrays.fill(partners, UNMATCHED);
        for (int i = 0; i < newKeys.size(); i++) {
            Queue<Integer> candidates = available.get(newKeys.get(i));
            if (candidates != null && !candidates.isEmpty()) {
                partners[i] = candidates.remove();
            }
        }
        return partners;
    }

    /** The old positions that {@code partners} (a result of {@link #match}) left unused, ascending. */
    public static boolean[] usedOld(int oldCount, int[] partners) {
        boolean[] used = new boolean[oldCount];
        for (int partner : partners) {
            if (partner != UNMATCHED) {
                used[partner] = true;
            }
        }
        return used;
    }
}
