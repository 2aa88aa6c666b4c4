package shaktiman.core.index.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static shaktiman.core.index.chunk.SyntaxChunkerTest.summaries;

import org.junit.jupiter.api.Test;

/**
 * Verifies IX-23's merge of tiny chunks (T-23): direction, the header, summaries' header lines, parents and the
 * maximum.
 */
class MergeTest {

    private static final String BIG = "fn big() {\n  call_with_enough_tokens_to_stand_alone(alpha, beta);\n}";

    private final QuarterCounter counter = new QuarterCounter();

    @Test
    void chunk_tinyChunkAfterASibling_mergesIntoThePrecedingOne() {
        ChunkedFile chunks = chunk(BIG + "\nx();\n", new ChunkLimits(60, 10));

        assertThat(summaries(chunks)).containsExactly("function big 1..4");
    }

    @Test
    void chunk_tinyFirstChunk_mergesIntoTheFollowingOne() {
        ChunkedFile chunks = chunk("x();\n" + BIG + "\n", new ChunkLimits(60, 10));

        assertThat(summaries(chunks)).containsExactly("function big 1..4");
    }

    @Test
    void chunk_tinyChunkAfterTheHeader_isAbsorbedByTheHeader() {
        ChunkedFile chunks = chunk("package demo;\n\nfn t() {}\n\n" + BIG + "\n", new ChunkLimits(60, 10));

        assertThat(summaries(chunks)).containsExactly("header 1..3", "function big 5..7");
    }

    @Test
    void chunk_mergeThatWouldExceedMax_doesNotHappen() {
        ChunkedFile chunks = chunk(BIG + "\ntiny_call(1);\n", new ChunkLimits(20, 10));

        assertThat(summaries(chunks)).containsExactly("function big 1..3", "block 4..4");
        assertThat(chunks.get(0).tokenCount()).isEqualTo(17);
        assertThat(chunks.get(1).tokenCount()).isEqualTo(4);
    }

    @Test
    void chunk_tinyChunksInsideAndOutsideASummary_neverMergeAcrossIt() {
        String text = """
                class Big {
                  fn m1() {
                    m1_statement_number_one(alpha, beta, gamma);
                  }
                  fn m2() {
                    m2_statement_number_one(alpha, beta, gamma);
                  }
                  z();
                }
                y();
                """;

        ChunkedFile chunks = chunk(text, new ChunkLimits(30, 10));

        assertThat(summaries(chunks))
                .containsExactly("class summary Big 1..9", "method Big.m1 2..4", "method Big.m2 5..8", "block 10..10");
        assertThat(chunks.get(3).parent()).isEqualTo(-1);
        assertThat(chunks.get(2).parent()).isZero();
    }

    @Test
    void chunk_tinyFirstChildOfASummary_becomesPartOfItsHeaderLines() {
        String text = """
                class Big {
                  x();
                  fn m1() {
                    m1_statement_number_one(alpha, beta, gamma);
                  }
                  fn m2() {
                    m2_statement_number_one(alpha, beta, gamma);
                  }
                }
                """;

        ChunkedFile chunks = chunk(text, new ChunkLimits(30, 10));

        assertThat(chunks.get(0).content()).isEqualTo("class Big {\n  x();\n  m1() { ... }\n  m2() { ... }\n}");
        assertThat(chunks.ownLines(0)).containsExactly(new LineRange(1, 2), new LineRange(9, 9));
        assertThat(summaries(chunks))
                .containsExactly("class summary Big 1..9", "method Big.m1 3..5", "method Big.m2 6..8");
    }

    @Test
    void chunk_mergedChunk_takesKindAndNamesFromItsLargestMember() {
        ChunkedFile chunks = chunk("fn a() {}\n" + BIG + "\n", new ChunkLimits(60, 10));

        assertThat(summaries(chunks)).containsExactly("function big 1..4");
    }

    private ChunkedFile chunk(String text, ChunkLimits limits) {
        ChunkedFile chunks = new SyntaxChunker(counter, limits, new RecordingLogger())
                .chunk("merge.toy", ToyParser.parse(text), new ToyRules());
        assertThat(new PartitionCheck(counter, limits.maxTokens()).check(text, chunks))
                .isEmpty();
        return chunks;
    }
}
