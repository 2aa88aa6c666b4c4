package shaktiman.adapters.store;

import java.util.Arrays;

/**
 * A map from long ids to int slots with open addressing and linear probing, holding no object per entry, for the
 * brute-force store's id→slot table (IX-58). Removal shifts later entries back, so no tombstones accumulate. Not
 * thread-safe: its owner locks.
 */
final class LongSlotMap {
    private static final int ABSENT = -1;

    private long[] keys;
    private int[] values; // ABSENT marks an empty cell
    private int size;

    LongSlotMap() {
        keys = new long[16];
        values = new int[16];
        Arrays.fill(values, ABSENT);
    }

    int size() {
        return size;
    }

    /** The slot of {@code key}, or -1. */
    int get(long key) {
        int mask = keys.length - 1;
        for (int i = index(key, mask); values[i] != ABSENT; i = (i + 1) & mask) {
            if (keys[i] == key) {
                return values[i];
            }
        }
        return ABSENT;
    }

    void put(long key, int slot) {
        if ((size + 1) * 4L > keys.length * 3L) {
            resize(keys.length * 2);
        }
        int mask = keys.length - 1;
        int i = index(key, mask);
        while (values[i] != ABSENT) {
            if (keys[i] == key) {
                values[i] = slot;
                return;
            }
            i = (i + 1) & mask;
        }
        keys[i] = key;
        values[i] = slot;
        size++;
    }

    /** Removes {@code key}; returns its slot, or -1 when absent. */
    int remove(long key) {
        int mask = keys.length - 1;
        int i = index(key, mask);
        while (values[i] != ABSENT && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (values[i] == ABSENT) {
            return ABSENT;
        }
        int removed = values[i];
        // Backward-shift deletion (Knuth 6.4, algorithm R): move later entries of the probe run into the gap.
        int gap = i;
        for (int j = (gap + 1) & mask; values[j] != ABSENT; j = (j + 1) & mask) {
            int home = index(keys[j], mask);
            boolean movable = gap <= j ? (home <= gap || home > j) : (home <= gap && home > j);
            if (movable) {
                keys[gap] = keys[j];
                values[gap] = values[j];
                gap = j;
            }
        }
        values[gap] = ABSENT;
        size--;
        return removed;
    }

    void clear() {
        Arrays.fill(values, ABSENT);
        size = 0;
    }

    private void resize(int capacity) {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, ABSENT);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] != ABSENT) {
                put(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int index(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L; // Fibonacci hashing spreads sequential chunk ids
        return (int) (h ^ (h >>> 32)) & mask;
    }
}
