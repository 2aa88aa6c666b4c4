package shaktiman.core.index.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import shaktiman.core.index.chunk.LineSplitter.Part;

/** Verifies IX-24's line split: part sizes, preferred cuts and the linear number of counter calls (T-22). */
class LineSplitterTest {

    private final QuarterCounter counter = new QuarterCounter();

    @Test
    void split_fiftyThousandLineFunction_countsAtMostLinesPlusPartsTimes() {
        String text = hugeFunction(50_000);
        SourceLines lines = SourceLines.of(text);

        List<Part> parts = new LineSplitter(counter, 1024).split(lines, 1, lines.size());

        assertThat(parts).hasSizeGreaterThan(100);
        assertThat(counter.calls()).isLessThanOrEqualTo(lines.size() + parts.size());
        assertThat(parts).allSatisfy(part -> assertThat(part.tokenCount()).isLessThanOrEqualTo(1024));
    }

    @Test
    void chunk_fiftyThousandLineFunction_addsOnlyTheSizeDecisionToTheSplitsCalls() {
        String text = hugeFunction(50_000);
        ChunkLimits limits = new ChunkLimits(1024, 20);

        ChunkedFile chunks = new SyntaxChunker(counter, limits, new RecordingLogger())
                .chunk("huge.toy", ToyParser.parse(text), new ToyRules());

        // One call finds the unit over max; the split itself stays within lines + parts (T-22).
        assertThat(counter.calls()).isLessThanOrEqualTo(SourceLines.of(text).size() + chunks.size() + 1);
    }

    @Test
    void split_singleLineOverMax_staysOneOversizePart() {
        SourceLines lines = SourceLines.of("short;\n" + "x".repeat(100) + "\nshort;");

        List<Part> parts = new LineSplitter(counter, 10).split(lines, 1, 3);

        assertThat(parts)
                .extracting(Part::startLine, Part::endLine, Part::tokenCount)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, 1, 2),
                        org.assertj.core.groups.Tuple.tuple(2, 2, 25),
                        org.assertj.core.groups.Tuple.tuple(3, 3, 2));
    }

    @Test
    void split_blankLineInTheFinalQuarter_isWhereThePartEnds() {
        List<String> text = new ArrayList<>(Collections.nCopies(12, "abcdefg;"));
        text.set(5, "");

        List<Part> parts = split(text, 20);

        assertThat(parts.get(0).endLine()).isEqualTo(5);
        assertThat(parts.get(1).startLine()).isEqualTo(7);
    }

    @Test
    void split_lineOfLowerIndentationInTheFinalQuarter_startsTheNextPart() {
        List<String> text = new ArrayList<>(Collections.nCopies(12, "    aaa;"));
        text.set(6, "  next;");

        List<Part> parts = split(text, 20);

        assertThat(parts.get(0).endLine()).isEqualTo(6);
        assertThat(parts.get(1).startLine()).isEqualTo(7);
    }

    @Test
    void split_closingBraceInTheFinalQuarter_endsThePart() {
        List<String> text = new ArrayList<>(Collections.nCopies(12, "    aaa;"));
        text.set(5, "  }");

        List<Part> parts = split(text, 20);

        assertThat(parts.get(0).endLine()).isEqualTo(6);
    }

    @Test
    void split_withoutAPreferredCut_fillsThePartToTheMaximum() {
        List<Part> parts = split(Collections.nCopies(12, "abcdefg;"), 20);

        assertThat(parts).extracting(Part::endLine).containsExactly(7, 12);
        // The estimate charges each joining newline a token, so seven lines fill it (20); their real count is 62 bytes.
        assertThat(parts.get(0).tokenCount()).isEqualTo(16);
    }

    @Test
    void split_blankLinesAtTheEdges_belongToNoPart() {
        SourceLines lines = SourceLines.of("\n\n  a;\n\n  b;\n\n");

        List<Part> parts = new LineSplitter(counter, 100).split(lines, 1, lines.size());

        assertThat(parts).singleElement().satisfies(part -> {
            assertThat(part.startLine()).isEqualTo(3);
            assertThat(part.endLine()).isEqualTo(5);
            assertThat(part.content()).isEqualTo("  a;\n\n  b;");
        });
    }

    @Test
    void split_onlyBlankLines_givesNoParts() {
        SourceLines lines = SourceLines.of("\n  \n\n");

        assertThat(new LineSplitter(counter, 100).split(lines, 1, lines.size())).isEmpty();
    }

    private List<Part> split(List<String> text, int max) {
        SourceLines lines = SourceLines.of(String.join("\n", text));
        return new LineSplitter(counter, max).split(lines, 1, lines.size());
    }

    private static String hugeFunction(int lineCount) {
        StringBuilder text = new StringBuilder("fn huge() {\n");
        for (int i = 0; i < lineCount - 2; i++) {
            text.append("  statement_number_").append(i).append("(alpha, beta);\n");
        }
        return text.append("}\n").toString();
    }
}
