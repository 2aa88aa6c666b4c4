package shaktiman.adapters.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Verifies the brute-force store's id→slot table against a plain map under random puts and removals. */
class LongSlotMapTest {

    @Test
    void randomPutsAndRemovals_agreeWithAHashMap() {
        LongSlotMap map = new LongSlotMap();
        Map<Long, Integer> reference = new HashMap<>();
        Random random = new Random(7);

        for (int step = 0; step < 200_000; step++) {
            long key = random.nextInt(5_000) * (random.nextBoolean() ? 1L : 1L << 33);
            if (random.nextInt(3) == 0) {
                Integer expected = reference.remove(key);
                assertThat(map.remove(key)).isEqualTo(expected == null ? -1 : expected);
            } else {
                reference.put(key, step);
                map.put(key, step);
            }
        }

        assertThat(map.size()).isEqualTo(reference.size());
        reference.forEach((key, slot) -> assertThat(map.get(key)).isEqualTo(slot));
        assertThat(map.get(-12345L)).isEqualTo(-1);
    }

    @Test
    void clear_leavesNoKey() {
        LongSlotMap map = new LongSlotMap();
        for (long key = 1; key <= 100; key++) {
            map.put(key, (int) key);
        }

        map.clear();

        assertThat(map.size()).isZero();
        assertThat(map.get(50)).isEqualTo(-1);
    }
}
