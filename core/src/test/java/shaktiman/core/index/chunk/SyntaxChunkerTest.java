package shaktiman.core.index.chunk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import shaktiman.core.model.ChunkKind;

/** Verifies the syntax chunker's layout rules: header, comment runs, line ownership, gaps and identity (IX-19 … IX-25). */
class SyntaxChunkerTest {

    private static final ChunkLimits NO_MERGE = new ChunkLimits(1024, 0);

    private final QuarterCounter counter = new QuarterCounter();

    @Test
    void chunk_emptyOrBlankText_givesNoChunks() {
        assertThat(chunk("", NO_MERGE).chunks()).isEmpty();
        assertThat(chunk("  \n\n\t\r\n", NO_MERGE).chunks()).isEmpty();
    }

    @Test
    void chunk_leadingShebangCommentsAndPackageLines_formTheHeader() {
        String text = """
                #!/usr/bin/env toy
                // licence line one
                // licence line two

                package demo;
                import a.b;

                fn main() {
                  call();
                }
                """;

        ChunkedFile chunks = chunk(text, NO_MERGE);

        assertThat(summaries(chunks)).containsExactly("header 1..6", "function main 8..10");
    }

    @Test
    void chunk_commentRunDirectlyAboveTheFirstDeclaration_belongsToTheDeclaration() {
        String text = """
                // licence

                // what main does
                // and why
                fn main() {
                  call();
                }
                """;

        ChunkedFile chunks = chunk(text, NO_MERGE);

        assertThat(summaries(chunks)).containsExactly("header 1..1", "function main 3..7");
    }

    @Test
    void chunk_commentSeparatedByABlankLine_staysInTheGap() {
        String text = """
                call();
                // about the next statement

                fn main() {
                }
                """;

        ChunkedFile chunks = chunk(text, NO_MERGE);

        assertThat(summaries(chunks)).containsExactly("block 1..2", "function main 4..5");
    }

    @Test
    void chunk_importAfterCode_isAGapLineNotHeader() {
        String text = """
                import os;
                fn a() {
                  call();
                }
                if (main) { a(); }
                import late;
                """;

        ChunkedFile chunks = chunk(text, NO_MERGE);

        assertThat(summaries(chunks)).containsExactly("header 1..1", "function a 2..4", "block 5..6");
    }

    @Test
    void chunk_fileWithoutUnits_givesAHeaderAndOneGapBlock() {
        String text = """
                // script header

                call1();

                call2();
                """;

        ChunkedFile chunks = chunk(text, NO_MERGE);

        assertThat(summaries(chunks)).containsExactly("header 1..1", "block 3..5");
    }

    @Test
    void chunk_exportedDeclarationWhoseWrapperIsAlsoAHeaderType_staysOutOfTheHeader() {
        String text = "import a;\nexport fn run() {\n  go();\n}\n";
        ChunkRules rules = new ToyRules(java.util.Set.of("import", "export"));

        ChunkedFile chunks = new SyntaxChunker(counter, NO_MERGE, new RecordingLogger())
                .chunk("export.toy", ToyParser.parse(text), rules);

        assertThat(summaries(chunks)).containsExactly("header 1..1", "function run 2..4");
    }

    @Test
    void chunk_unitStartingOnALineItsPredecessorOwns_startsOnTheNextLine() {
        String text = """
                fn a() {
                  x();
                } fn b() {
                  y();
                }
                """;

        ChunkedFile chunks = chunk(text, NO_MERGE);

        assertThat(summaries(chunks)).containsExactly("function a 1..3", "function b 4..5");
    }

    @Test
    void chunk_unitLeftWithNoLines_mergesIntoItsPredecessor() {
        ChunkedFile chunks = chunk("fn a() { x(); } fn b() { y(); }\n", NO_MERGE);

        assertThat(summaries(chunks)).containsExactly("function a 1..1");
        assertThat(chunks.get(0).content()).isEqualTo("fn a() { x(); } fn b() { y(); }");
    }

    @Test
    void chunk_wrappedUnit_spansTheWrapperAndKeepsItsNames() {
        ChunkedFile chunks = chunk("export fn run(a, b) {\n  go();\n}\n", NO_MERGE);

        Chunk run = chunks.get(0);
        assertThat(run.kind()).isEqualTo(ChunkKind.FUNCTION);
        assertThat(run.symbolName()).isEqualTo("run");
        assertThat(run.signature()).isEqualTo("(a, b)");
        assertThat(run.content()).startsWith("export fn run");
    }

    @Test
    void chunk_wrapperHoldingOneUnit_isThatUnitsChunk() {
        ChunkedFile chunks = chunk("#if DEBUG\nfn trace() {\n  log();\n}\n#endif\n", NO_MERGE);

        assertThat(summaries(chunks)).containsExactly("function trace 1..5");
    }

    @Test
    void chunk_wrapperHoldingSeveralUnits_isTransparent() {
        String text = """
                #if GUARD
                fn a() {
                  x();
                }
                fn b() {
                  y();
                }
                #endif
                """;

        ChunkedFile chunks = chunk(text, NO_MERGE);

        assertThat(summaries(chunks)).containsExactly("block 1..1", "function a 2..4", "function b 5..7", "block 8..8");
    }

    @Test
    void chunk_crlfText_storesLinesWithoutCarriageReturns() {
        ChunkedFile chunks = chunk("fn a() {\r\n  x();\r\n}\r\n", NO_MERGE);

        assertThat(chunks.get(0).content()).isEqualTo("fn a() {\n  x();\n}");
    }

    @Test
    void chunk_unitOverMaxWithoutInnerUnits_isSplitIntoPartsOfOneGroup() {
        StringBuilder text = new StringBuilder("fn long() {\n");
        for (int i = 0; i < 40; i++) {
            text.append("  statement_number_").append(i).append("();\n");
        }
        text.append("}\n");
        ChunkLimits limits = new ChunkLimits(100, 0);

        ChunkedFile chunks = chunk(text.toString(), limits);

        assertThat(chunks.size()).isGreaterThan(1);
        assertThat(chunks.chunks()).allSatisfy(part -> {
            assertThat(part.kind()).isEqualTo(ChunkKind.FUNCTION);
            assertThat(part.symbolName()).isEqualTo("long");
            assertThat(part.partGroup()).isZero();
            assertThat(part.tokenCount()).isLessThanOrEqualTo(100);
        });
        assertThat(check(text.toString(), chunks, limits)).isEmpty();
    }

    @Test
    void chunk_loneChunk_hasNoPartGroup() {
        ChunkedFile chunks = chunk("fn a() {\n  x();\n}\n", NO_MERGE);

        assertThat(chunks.get(0).partGroup()).isEqualTo(-1);
        assertThat(chunks.get(0).parent()).isEqualTo(-1);
    }

    @Test
    void chunk_contentHash_isTheSha256OfTheContent() {
        ChunkedFile chunks = chunk("fn a() {\n}\n", NO_MERGE);

        assertThat(chunks.get(0).contentHash())
                .isEqualTo("de942a5faf9950e1bc0df03fc8deb1d8f0dfe7855847ff478d021973168c4c2e");
    }

    private ChunkedFile chunk(String text, ChunkLimits limits) {
        ChunkedFile chunks = new SyntaxChunker(counter, limits, new RecordingLogger())
                .chunk("test.toy", ToyParser.parse(text), new ToyRules());
        assertThat(check(text, chunks, limits)).isEmpty();
        return chunks;
    }

    private List<String> check(String text, ChunkedFile chunks, ChunkLimits limits) {
        return new PartitionCheck(counter, limits.maxTokens()).check(text, chunks);
    }

    /** Each chunk as {@code kind [name] first..last}. */
    static List<String> summaries(ChunkedFile chunks) {
        return chunks.chunks().stream()
                .map(chunk -> chunk.kind().wireName()
                        + (chunk.isSummary() ? " summary" : "")
                        + (chunk.symbolName() == null ? "" : " " + chunk.qualifiedName())
                        + " " + chunk.startLine() + ".." + chunk.endLine())
                .toList();
    }
}
