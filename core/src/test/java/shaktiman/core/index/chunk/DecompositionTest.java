package shaktiman.core.index.chunk;

import static org.assertj.core.api.Assertions.assertThat;
import static shaktiman.core.index.chunk.SyntaxChunkerTest.summaries;

import java.util.List;
import org.junit.jupiter.api.Test;
import shaktiman.core.model.ChunkKind;

/** Verifies IX-22's size rule: summaries, child units, gap blocks and the depth guard (T-21, T-24). */
class DecompositionTest {

    private static final ChunkLimits LIMITS = new ChunkLimits(40, 0);

    private final QuarterCounter counter = new QuarterCounter();
    private final RecordingLogger log = new RecordingLogger();

    @Test
    void chunk_functionOverMaxWithALocalFunction_keepsEveryStatementInGapsAroundIt() {
        String text = """
                fn big(a) {
                  first_statement_with_a_long_name(alpha, beta, gamma);
                  second_statement_with_a_long_name(alpha, beta, gamma);
                  let f = fn(x) {
                    inner_statement_one(alpha, beta, gamma, delta);
                    inner_statement_two(alpha, beta, gamma, delta);
                  };
                  third_statement_with_a_long_name(alpha, beta, gamma);
                  fourth_statement_with_a_long_name(alpha, beta, gamma);
                }
                """;

        ChunkedFile chunks = chunk(text);

        assertThat(summaries(chunks))
                .containsExactly(
                        "function summary big 1..10", "block big 2..3", "function big.f 4..7", "block big 8..9");
        assertThat(chunks.get(0).content()).isEqualTo("fn big(a) {\n  f(x) { ... }\n}");
        assertThat(chunks.chunks().subList(1, 4))
                .allSatisfy(child -> assertThat(child.parent()).isZero());
        assertThat(chunks.get(1).content()).contains("first_statement", "second_statement");
        assertThat(chunks.get(3).content()).contains("third_statement", "fourth_statement");
    }

    @Test
    void chunk_classOverMaxWithClassLevelCalls_putsThemInAGapOfTheClass() {
        String text = """
                class Account {
                  has_many(posts_with_a_long_name);
                  has_many(comments_with_a_long_name);
                  fn a() {
                    body_statement_one(alpha, beta, gamma);
                  }
                  fn b() {
                    body_statement_two(alpha, beta, gamma);
                  }
                }
                """;

        ChunkedFile chunks = chunk(text);

        assertThat(summaries(chunks))
                .containsExactly(
                        "class summary Account 1..10",
                        "block Account 2..3",
                        "method Account.a 4..6",
                        "method Account.b 7..9");
        assertThat(chunks.get(0).content()).isEqualTo("class Account {\n  a() { ... }\n  b() { ... }\n}");
        assertThat(chunks.get(1).partGroup()).isZero();
        assertThat(chunks.get(0).partGroup()).isZero();
        assertThat(chunks.get(2).partGroup()).isEqualTo(-1);
        assertThat(chunks.ownLines(0)).containsExactly(new LineRange(1, 1), new LineRange(10, 10));
    }

    @Test
    void chunk_classOverMax_summaryStartsWithItsMultiLineDeclarationAndListsEveryMember() {
        String text = """
                /** Big does things. */
                class Big
                    extends Base {
                  fn alpha(a, b) {
                    alpha_statement_number_one(a, b);
                    alpha_statement_number_two(a, b);
                  }
                  fn beta() {
                    beta_statement_number_one();
                    beta_statement_number_two();
                  }
                }
                """;

        ChunkedFile chunks = chunk(text);

        assertThat(chunks.get(0).content())
                .isEqualTo("/** Big does things. */\nclass Big\n    extends Base {\n"
                        + "  alpha(a, b) { ... }\n  beta() { ... }\n}");
        assertThat(chunks.get(0).isSummary()).isTrue();
        assertThat(summaries(chunks))
                .containsExactly("class summary Big 1..12", "method Big.alpha 4..7", "method Big.beta 8..11");
        assertThat(chunks.children(0)).extracting(Chunk::chunkIndex).containsExactly(1, 2);
    }

    @Test
    void chunk_moduleOverMax_summaryEndsWithEnd() {
        String text = """
                module Outer
                  fn alpha(a) {
                    alpha_statement_number_one(a, b, c, d);
                    alpha_statement_number_two(a, b, c, d);
                  }
                  fn beta(b) {
                    beta_statement_number_one(a, b, c, d);
                    beta_statement_number_two(a, b, c, d);
                  }
                end
                """;

        ChunkedFile chunks = chunk(text);

        assertThat(chunks.get(0).content()).isEqualTo("module Outer\n  alpha(a) { ... }\n  beta(b) { ... }\nend");
        assertThat(chunks.get(0).kind()).isEqualTo(ChunkKind.NAMESPACE);
    }

    @Test
    void chunk_elevenNestedModules_decomposeEveryLevel() {
        String text = nestedModules(11);

        ChunkedFile chunks = chunk(text);

        assertThat(chunks.chunks())
                .filteredOn(chunk -> chunk.kind() == ChunkKind.NAMESPACE)
                .hasSize(11)
                .allSatisfy(module -> assertThat(module.isSummary()).isTrue());
        assertThat(log.records()).isEmpty();
    }

    @Test
    void chunk_twelveNestedModules_warnsAndLineSplitsTheTwelfth() {
        String text = nestedModules(12);

        ChunkedFile chunks = chunk(text);

        assertThat(chunks.chunks())
                .filteredOn(chunk -> "N11".equals(chunk.symbolName()))
                .isNotEmpty()
                .allSatisfy(piece -> {
                    assertThat(piece.isSummary()).isFalse();
                    assertThat(piece.kind()).isEqualTo(ChunkKind.NAMESPACE);
                });
        assertThat(chunks.chunks())
                .filteredOn(chunk -> "N10".equals(chunk.symbolName()))
                .singleElement()
                .satisfies(module -> assertThat(module.isSummary()).isTrue());
        assertThat(log.records())
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("WARNING chunk depth guard")
                .contains("nested.toy", "module", "depth 11");
    }

    /** {@code levels} modules, each holding the next, the innermost holding three functions that fill it past max. */
    private static String nestedModules(int levels) {
        StringBuilder text = new StringBuilder();
        for (int level = 0; level < levels; level++) {
            text.append("  ".repeat(level)).append("module N").append(level).append('\n');
        }
        String indent = "  ".repeat(levels);
        for (String name : List.of("one", "two", "three")) {
            text.append(indent).append("fn ").append(name).append("() {\n");
            text.append(indent).append("  statement_of_function_").append(name).append("(alpha, beta);\n");
            text.append(indent).append("}\n");
        }
        for (int level = levels - 1; level >= 0; level--) {
            text.append("  ".repeat(level)).append("end\n");
        }
        return text.toString();
    }

    private ChunkedFile chunk(String text) {
        ChunkedFile chunks =
                new SyntaxChunker(counter, LIMITS, log).chunk("nested.toy", ToyParser.parse(text), new ToyRules());
        assertThat(new PartitionCheck(counter, LIMITS.maxTokens()).check(text, chunks))
                .isEmpty();
        return chunks;
    }
}
