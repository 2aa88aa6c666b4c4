package shaktiman.core.index.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import shaktiman.core.model.ChunkKind;

/** Verifies that the chunk records reject inconsistent values and name them. */
class ChunkRecordsTest {

    private static final String HASH = ContentHash.of("x");

    @Test
    void chunk_endBeforeStart_isRejectedNamingTheLines() {
        assertThatThrownBy(() -> chunk(0, ChunkKind.BLOCK, false, 5, 4, -1, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("5..4");
    }

    @Test
    void chunk_malformedHash_isRejected() {
        assertThatThrownBy(() -> new Chunk(0, ChunkKind.BLOCK, false, null, null, null, 1, 1, "x", "ABC", 1, -1, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contentHash ABC");
    }

    @Test
    void chunk_parentAfterItself_isRejected() {
        assertThatThrownBy(() -> chunk(1, ChunkKind.BLOCK, false, 1, 1, 1, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parent 1");
    }

    @Test
    void chunk_summaryOfABlock_isRejected() {
        assertThatThrownBy(() -> chunk(0, ChunkKind.BLOCK, true, 1, 1, -1, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("summary of kind block");
    }

    @Test
    void chunk_headerWithASymbol_isRejected() {
        assertThatThrownBy(() -> new Chunk(0, ChunkKind.HEADER, false, "x", "x", null, 1, 1, "x", HASH, 1, -1, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("header with symbol x");
    }

    @Test
    void chunkedFile_indexNotItsPosition_isRejected() {
        assertThatThrownBy(() -> new ChunkedFile(List.of(chunk(1, ChunkKind.BLOCK, false, 1, 1, -1, -1))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("position 0 has chunkIndex 1");
    }

    @Test
    void chunkedFile_parentThatIsNoSummary_isRejected() {
        List<Chunk> chunks = List.of(
                chunk(0, ChunkKind.FUNCTION, false, 1, 3, -1, -1), chunk(1, ChunkKind.BLOCK, false, 2, 2, 0, -1));

        assertThatThrownBy(() -> new ChunkedFile(chunks))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a summary holding it");
    }

    @Test
    void chunkedFile_partGroupOfOnePiece_isRejected() {
        assertThatThrownBy(() -> new ChunkedFile(List.of(chunk(0, ChunkKind.BLOCK, false, 1, 1, -1, 0))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("part group 0 has one piece");
    }

    @Test
    void ownLines_ofASummary_areItsRangeMinusItsChildren() {
        ChunkedFile file = new ChunkedFile(List.of(
                chunk(0, ChunkKind.CLASS, true, 1, 10, -1, -1),
                chunk(1, ChunkKind.METHOD, false, 3, 5, 0, -1),
                chunk(2, ChunkKind.METHOD, false, 6, 8, 0, -1)));

        assertThat(file.ownLines(0)).containsExactly(new LineRange(1, 2), new LineRange(9, 10));
        assertThat(file.ownLines(1)).containsExactly(new LineRange(3, 5));
    }

    @Test
    void limits_minAboveMax_areRejected() {
        assertThatThrownBy(() -> new ChunkLimits(10, 11))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("minTokens");
    }

    @Test
    void chunkUnit_nameWithoutQualifiedName_isRejected() {
        assertThatThrownBy(() -> new ChunkUnit(ChunkKind.FUNCTION, "f", null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("both");
    }

    private static Chunk chunk(int index, ChunkKind kind, boolean summary, int start, int end, int parent, int group) {
        return new Chunk(index, kind, summary, null, null, null, start, end, "x", HASH, 1, parent, group);
    }
}
