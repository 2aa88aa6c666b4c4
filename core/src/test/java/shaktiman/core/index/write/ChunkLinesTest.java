package shaktiman.core.index.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Verifies the non-blank own lines (IX-19) and the line delta of a modify record (IX-49). */
class ChunkLinesTest {
    @Test
    void nonBlankOwnLines_ofOrdinaryChunks_areTheirNonBlankContentLines() {
        List<String> lines = ChunkLines.nonBlankOwnLines(
                List.of(new ChunkLines(1, 3, false, -1, "a\n\nb"), new ChunkLines(5, 5, false, -1, "c")));

        assertThat(lines).containsExactly("a", "b", "c");
    }

    @Test
    void nonBlankOwnLines_ofASummary_skipItsSynthesisedMemberLines() {
        // class X { (line 1) / method m (lines 2-3) / } (line 4); the summary lists "  m() { ... }" in between.
        List<String> lines = ChunkLines.nonBlankOwnLines(List.of(
                new ChunkLines(1, 4, true, -1, "class X {\n  m() { ... }\n}"),
                new ChunkLines(2, 3, false, 0, "  m() {\n  }")));

        assertThat(lines).containsExactly("class X {", "}", "  m() {", "  }");
    }

    @Test
    void between_oneLineChanged_isOneAddedAndOneRemoved() {
        LineDelta delta = LineDelta.between(List.of("a", "ROUNDS = 10", "c"), List.of("a", "ROUNDS = 12", "c"));

        assertThat(delta).isEqualTo(new LineDelta(1, 1));
    }

    @Test
    void between_duplicatedLine_countsAsAMultiset() {
        LineDelta delta = LineDelta.between(List.of("}", "x"), List.of("}", "}", "x"));

        assertThat(delta).isEqualTo(new LineDelta(1, 0));
    }
}
