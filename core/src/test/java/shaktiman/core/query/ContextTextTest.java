package shaktiman.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import shaktiman.core.model.ChunkKind;
import shaktiman.core.port.TokenCounter;

/** Verifies MCP-31's context text, MCP-30's overlap rule and truncation marker. */
class ContextTextTest {
    /** One token per character: budgets are easy to work out by hand. */
    private static final TokenCounter CHARS = String::length;

    private static Piece piece(String path, int start, int end, ChunkKind kind, String via, String content) {
        return new Piece(
                path,
                start,
                end,
                kind,
                Optional.of("f"),
                Optional.of("f"),
                0.5,
                Optional.ofNullable(via),
                content,
                false,
                List.of(1L),
                Optional.empty(),
                0);
    }

    @Test
    void render_matchesTheSpecsLayout() {
        Piece first = piece("m.ts", 4, 12, ChunkKind.FUNCTION, null, "body one");
        Piece second = piece("l.ts", 14, 27, ChunkKind.FUNCTION, "called by authGuard", "body two");

        String text = ContextText.render(
                List.of(
                        new ContextText.Block(first, "body one", false),
                        new ContextText.Block(second, "body two", false)),
                231,
                1024,
                Strategy.KEYWORD,
                Optional.empty(),
                Optional.empty());

        assertThat(text)
                .isEqualTo("[context] 2 chunks, 231 of 1024 tokens, strategy: keyword\n\n"
                        + "--- m.ts:4-12 (f, function) ---\nbody one\n\n"
                        + "--- l.ts:14-27 (f, function; called by authGuard) ---\nbody two\n");
    }

    @Test
    void overlaps_byMoreThanHalfOfTheSmaller_isTrueAndHeadersAreExempt() {
        Piece big = piece("a.ts", 1, 20, ChunkKind.CLASS, null, "x");
        Piece inside = piece("a.ts", 5, 8, ChunkKind.METHOD, null, "x");
        Piece edge = piece("a.ts", 19, 30, ChunkKind.METHOD, null, "x");
        Piece header = piece("a.ts", 1, 3, ChunkKind.HEADER, null, "x");
        Piece elsewhere = piece("b.ts", 5, 8, ChunkKind.METHOD, null, "x");

        assertThat(big.overlaps(inside)).isTrue();
        assertThat(big.overlaps(edge)).isFalse();
        assertThat(big.overlaps(header)).isFalse();
        assertThat(big.overlaps(elsewhere)).isFalse();
    }

    @Test
    void fit_keepsWholeLinesFromTheTopAndAppendsTheMarker() {
        Piece piece = piece("big.ts", 10, 14, ChunkKind.FUNCTION, null, "aaaa\nbbbb\ncccc\ndddd\neeee");
        int budget = ContextText.blockText(piece, "aaaa\nbbbb\n" + ContextText.marker("big.ts", 3, 12, 14))
                .length();

        String cut = Truncation.fit(piece, budget, CHARS).orElseThrow();

        assertThat(cut).isEqualTo("aaaa\nbbbb\n… [truncated: 3 more lines; read big.ts:12-14]");
    }

    @Test
    void fit_ofASingleOverlongLine_cutsItAtACodePointBoundary() {
        Piece piece = piece("x.ts", 1, 1, ChunkKind.BLOCK, null, "😀😀😀😀😀😀");
        int budget = ContextText.blockText(piece, "😀\n" + ContextText.marker("x.ts", 1, 1, 1))
                        .length()
                + 1;

        String cut = Truncation.fit(piece, budget, CHARS).orElseThrow();

        assertThat(cut).startsWith("😀\n…");
        assertThat(Character.isHighSurrogate(cut.charAt(cut.indexOf('\n') - 1))).isFalse();
    }

    @Test
    void fit_whenNothingFits_isEmpty() {
        Piece piece = piece("x.ts", 1, 2, ChunkKind.BLOCK, null, "aaaa\nbbbb");

        assertThat(Truncation.fit(piece, 5, CHARS)).isEmpty();
    }
}
