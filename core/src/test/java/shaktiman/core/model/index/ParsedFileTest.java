package shaktiman.core.model.index;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import shaktiman.core.model.ChunkKind;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.model.SymKind;

/** Verifies that the write model refuses inconsistent parsed files, naming what is wrong. */
class ParsedFileTest {
    private static final String HASH = "a".repeat(64);

    private static FileMeta meta() {
        return new FileMeta("src/a.go", "go", null, 10, 1, 1, HASH, 3, ParseQuality.FULL, null, false);
    }

    private static ParsedChunk chunk(int index, boolean summary, int parent) {
        return new ParsedChunk(
                index, ChunkKind.BLOCK, summary, null, null, null, 1, 1, "x", HASH, 1, parent, ParsedChunk.NONE);
    }

    @Test
    void new_chunkIndexDifferentFromPosition_failsNamingBoth() {
        assertThatThrownBy(
                        () -> new ParsedFile(meta(), List.of(chunk(1, false, ParsedChunk.NONE)), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("position 0")
                .hasMessageContaining("chunkIndex 1");
    }

    @Test
    void new_parentThatIsNoSummary_fails() {
        assertThatThrownBy(() -> new ParsedFile(
                        meta(), List.of(chunk(0, false, ParsedChunk.NONE), chunk(1, false, 0)), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a summary");
    }

    @Test
    void new_symbolOnAMissingChunk_fails() {
        ParsedSymbol symbol = new ParsedSymbol("f", "f", SymKind.FUNCTION, 1, 1, "()", null, false, HASH, 3);

        assertThatThrownBy(() ->
                        new ParsedFile(meta(), List.of(chunk(0, false, ParsedChunk.NONE)), List.of(symbol), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("chunk 3");
    }

    @Test
    void new_referenceOwnedByAMissingSymbol_fails() {
        ParsedReference reference = new ParsedReference(0, EdgeKind.CALLS, "g", "g", "", "", 1);

        assertThatThrownBy(() -> new ParsedFile(meta(), List.of(), List.of(), List.of(reference)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("owned by symbol 0");
    }

    @Test
    void fileMeta_withAShortHash_failsNamingTheArgument() {
        assertThatThrownBy(() -> new FileMeta("a.go", "go", null, 1, 1, 1, "abc", 1, ParseQuality.FULL, null, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("contentHash");
    }

    @Test
    void fileMeta_withAnAbsolutePath_fails() {
        assertThatThrownBy(() -> new FileMeta("/a.go", "go", null, 1, 1, 1, HASH, 1, ParseQuality.FULL, null, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("relative");
    }

    @Test
    void parsedChunk_parentAfterItself_fails() {
        assertThatThrownBy(() -> chunk(0, false, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("parentIndex");
    }
}
