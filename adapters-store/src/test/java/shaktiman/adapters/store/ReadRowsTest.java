package shaktiman.adapters.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Verifies the reader's {@code IN} batches: distinct ids in order, padded to one of few sizes by the last id. */
class ReadRowsTest {

    @Test
    void padded_repeatsTheLastValueUpToThePowerOfTwoOrTheBatchSize() {
        assertThat(ReadRows.padded(List.of(7L))).containsExactly(7L);
        assertThat(ReadRows.padded(List.of(1L, 2L, 3L))).containsExactly(1L, 2L, 3L, 3L);
        assertThat(ReadRows.padded(List.of(1L, 2L, 3L, 4L, 5L))).hasSize(8).endsWith(5L, 5L, 5L, 5L);
        assertThat(ReadRows.padded(LongStream.rangeClosed(1, 513).boxed().toList()))
                .hasSize(ReadRows.IN_BATCH);
        assertThat(ReadRows.padded(List.of())).isEmpty();
    }

    @Test
    void batches_ofRepeatedUnorderedIds_holdEachIdOnceInOrderAndPadWithTheLast() {
        List<List<Long>> batches = ReadRows.batches(List.of(9L, 3L, 3L, 5L, 1L));

        assertThat(batches).containsExactly(List.of(1L, 3L, 5L, 9L));
        assertThat(ReadRows.batches(List.of(4L, 2L, 8L))).containsExactly(List.of(2L, 4L, 8L, 8L));
    }
}
