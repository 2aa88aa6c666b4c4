package shaktiman.core.index.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static shaktiman.core.index.chunk.SyntaxChunkerTest.summaries;

import org.junit.jupiter.api.Test;
import shaktiman.core.model.ChunkKind;

/** Verifies IX-16's plain-text chunking: blocks, greedy packing, Markdown headings (T-19) and splits. */
class TextChunkerTest {

    private final QuarterCounter counter = new QuarterCounter();

    @Test
    void chunk_markdown_startsAChunkAtEveryHeadingAndStaysWithinMax() {
        StringBuilder text = new StringBuilder("# Title\nintro line\n");
        for (int section = 1; section <= 6; section++) {
            text.append("## Section ").append(section).append('\n');
            for (int line = 0; line < section * 4; line++) {
                text.append("words of section ")
                        .append(section)
                        .append(" line ")
                        .append(line)
                        .append('\n');
                if (line % 5 == 4) {
                    text.append('\n');
                }
            }
        }
        ChunkLimits limits = new ChunkLimits(60, 20);

        ChunkedFile chunks = new TextChunker(counter, limits).chunk(text.toString(), TextFormat.MARKDOWN);

        SourceLines lines = SourceLines.of(text.toString());
        for (int line = 1; line <= lines.size(); line++) {
            if (lines.line(line).startsWith("#")) {
                int heading = line;
                assertThat(chunks.chunks())
                        .anySatisfy(chunk -> assertThat(chunk.startLine()).isEqualTo(heading));
            }
        }
        assertThat(chunks.chunks())
                .allSatisfy(chunk -> assertThat(chunk.tokenCount()).isLessThanOrEqualTo(60));
        assertThat(new PartitionCheck(counter, 60).check(text.toString(), chunks))
                .isEmpty();
    }

    @Test
    void chunk_markdownHashInFencedCode_doesNotStartAChunk() {
        String text = "# Title\n```\n# a shell comment\n```\n";

        ChunkedFile chunks = new TextChunker(counter, ChunkLimits.DEFAULTS).chunk(text, TextFormat.MARKDOWN);

        assertThat(summaries(chunks)).containsExactly("block 1..4");
    }

    @Test
    void chunk_plainTextHeadingLine_doesNotStartAChunk() {
        String text = "first paragraph\n# not a heading here\n";

        ChunkedFile chunks = new TextChunker(counter, ChunkLimits.DEFAULTS).chunk(text, TextFormat.PLAIN);

        assertThat(summaries(chunks)).containsExactly("block 1..2");
    }

    @Test
    void chunk_smallBlocks_arePackedGreedilyUpToMax() {
        String text = "aaaa bbbb\n\ncccc dddd\n\neeee ffff\n\ngggg hhhh\n";

        ChunkedFile chunks = new TextChunker(counter, new ChunkLimits(8, 0)).chunk(text, TextFormat.PLAIN);

        // Each block is 9 bytes (3 tokens); two blocks and the blank line between are 20 bytes (5), three are 8.
        assertThat(summaries(chunks)).containsExactly("block 1..5", "block 7..7");
        assertThat(chunks.chunks()).allSatisfy(chunk -> assertThat(chunk.kind()).isEqualTo(ChunkKind.BLOCK));
    }

    @Test
    void chunk_blockOverMax_isSplitIntoPartsOfOneGroup() {
        String text = "line number one\nline number two\nline number three\nline number four\n";

        ChunkedFile chunks = new TextChunker(counter, new ChunkLimits(10, 0)).chunk(text, TextFormat.PLAIN);

        assertThat(chunks.size()).isGreaterThan(1);
        assertThat(chunks.chunks())
                .allSatisfy(chunk -> assertThat(chunk.partGroup()).isZero());
        assertThat(new PartitionCheck(counter, 10).check(text, chunks)).isEmpty();
    }

    @Test
    void chunk_blankText_givesNoChunks() {
        assertThat(new TextChunker(counter, ChunkLimits.DEFAULTS)
                        .chunk("\n \n", TextFormat.MARKDOWN)
                        .chunks())
                .isEmpty();
    }

    @Test
    void forPath_markdownExtensionsInAnyCase_areMarkdown() {
        assertThat(TextFormat.forPath("docs/README.MD")).isEqualTo(TextFormat.MARKDOWN);
        assertThat(TextFormat.forPath("a.markdown")).isEqualTo(TextFormat.MARKDOWN);
        assertThat(TextFormat.forPath("notes.txt")).isEqualTo(TextFormat.PLAIN);
    }
}
