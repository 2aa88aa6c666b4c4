package shaktiman.core.index.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Verifies the in-order multiset matching behind chunk and symbol identity (IX-33, IX-43). */
class MultisetMatchTest {
    private static final int NONE = MultisetMatch.UNMATCHED;

    @Test
    void match_equalLists_pairsEachPosition() {
        int[] partners = MultisetMatch.match(List.of("a", "b", "c"), List.of("a", "b", "c"));

        assertThat(partners).containsExactly(0, 1, 2);
    }

    @Test
    void match_reorderedKeys_followTheirOldPositions() {
        int[] partners = MultisetMatch.match(List.of("a", "b"), List.of("b", "a"));

        assertThat(partners).containsExactly(1, 0);
    }

    @Test
    void match_duplicateKeys_pairByOrdinal() {
        int[] partners = MultisetMatch.match(List.of("x", "y", "x"), List.of("x", "x", "x"));

        assertThat(partners).containsExactly(0, 2, NONE);
    }

    @Test
    void usedOld_marksOnlyMatchedOldPositions() {
        int[] partners = MultisetMatch.match(List.of("a", "gone", "b"), List.of("b", "new", "a"));

        assertThat(MultisetMatch.usedOld(3, partners)).containsExactly(true, false, true);
    }
}
