package shaktiman.testkit.contract;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import shaktiman.core.model.syntax.SyntaxNode;
import shaktiman.core.model.syntax.SyntaxTree;
import shaktiman.core.port.ParseResult;
import shaktiman.core.port.SyntaxParser;
import shaktiman.core.port.SyntaxParserException;

/**
 * Verifies that a {@link SyntaxParser} keeps the grammar-agnostic sentences of the port's contract: results as values,
 * consistent byte/char/line positions, timeouts, thread safety and close.
 *
 * <p>Subclasses build the subject and give samples in one of its languages.
 */
@Timeout(120)
public abstract class SyntaxParserContract {

    /** Long enough for any sample on a slow machine; only the forced-timeout test uses a short one. */
    protected static final Duration GENEROUS = Duration.ofSeconds(30);

    private static final int THREADS = 4;
    private static final int PARSES_PER_THREAD = 20;

    private SyntaxParser parser;

    /** For subclasses, which only add the factory and the samples. */
    protected SyntaxParserContract() {}

    /** Builds a fresh subject; the suite closes it. */
    protected abstract SyntaxParser create();

    /** A small, syntactically valid source. */
    protected abstract Sample validSample();

    /** A source with a syntax error, which the parser still turns into a tree. */
    protected abstract Sample brokenSample();

    /** A valid source with 2-, 3- and 4-byte UTF-8 characters before, inside and after nodes, over several lines. */
    protected abstract Sample nonAsciiSample();

    /** A valid source big enough that a parse given one nanosecond runs past its deadline. */
    protected abstract Sample largeSample();

    /** Source text in one language. */
    public record Sample(String languageId, String text) {}

    @BeforeEach
    void openParser() {
        parser = create();
    }

    @AfterEach
    void closeParser() {
        parser.close();
    }

    /** The subject under test, open. */
    protected final SyntaxParser parser() {
        return parser;
    }

    @Test
    void supportedLanguages_includeEverySampleLanguage() {
        assertThat(parser.supportedLanguages())
                .contains(
                        validSample().languageId(),
                        brokenSample().languageId(),
                        nonAsciiSample().languageId(),
                        largeSample().languageId());
    }

    @Test
    void grammarVersions_areNonEmptyAndStable() {
        assertThat(parser.grammarVersions())
                .isNotEmpty()
                .allSatisfy((artifact, version) -> assertThat(version).isNotBlank());
        try (SyntaxParser other = create()) {
            assertThat(other.grammarVersions()).isEqualTo(parser.grammarVersions());
        }
    }

    @Test
    void parse_validSample_returnsTreeWithoutErrors() {
        Sample sample = validSample();

        ParseResult result = parser.parse(sample.languageId(), sample.text(), GENEROUS);

        assertThat(result).isInstanceOf(ParseResult.Parsed.class);
        ParseResult.Parsed parsed = (ParseResult.Parsed) result;
        assertThat(parsed.hasErrors()).isFalse();
        assertThat(parsed.tree().languageId()).isEqualTo(sample.languageId());
        assertThat(parsed.tree().root().children()).isNotEmpty();
    }

    @Test
    void parse_brokenSample_returnsTreeWithErrors() {
        Sample sample = brokenSample();

        ParseResult result = parser.parse(sample.languageId(), sample.text(), GENEROUS);

        assertThat(result)
                .isInstanceOfSatisfying(
                        ParseResult.Parsed.class,
                        parsed -> assertThat(parsed.hasErrors()).isTrue());
    }

    @Test
    void parse_nonAsciiText_givesConsistentByteCharAndLinePositions() {
        Sample sample = nonAsciiSample();
        assertThat(sample.text().getBytes(UTF_8).length)
                .as("the sample really is non-ASCII")
                .isGreaterThan(sample.text().length());

        SyntaxTree tree = parsed(sample);

        Positions positions = new Positions(tree.text());
        for (SyntaxNode node : preOrder(tree.root())) {
            assertThat(node.startByte()).as("start byte of %s", node).isEqualTo(positions.byteAt(node.startChar()));
            assertThat(node.endByte()).as("end byte of %s", node).isEqualTo(positions.byteAt(node.endChar()));
            assertThat(node.startLine()).as("start line of %s", node).isEqualTo(positions.lineAt(node.startChar()));
            assertThat(node.startColumn())
                    .as("start column of %s", node)
                    .isEqualTo(positions.columnAt(node.startChar()));
            assertThat(node.endLine()).as("end line of %s", node).isEqualTo(positions.lineAt(node.endChar()));
            assertThat(node.endColumn()).as("end column of %s", node).isEqualTo(positions.columnAt(node.endChar()));
        }
    }

    @Test
    void parse_anySample_nestsChildrenInOrderWithinTheirParent() {
        SyntaxTree tree = parsed(nonAsciiSample());

        assertThat(tree.root().endChar()).isLessThanOrEqualTo(tree.text().length());
        for (SyntaxNode node : preOrder(tree.root())) {
            int previousEnd = node.startChar();
            for (SyntaxNode child : node.children()) {
                assertThat(child.startChar())
                        .as("%s starts after its previous sibling", child)
                        .isGreaterThanOrEqualTo(previousEnd);
                assertThat(child.endChar()).as("%s ends within %s", child, node).isLessThanOrEqualTo(node.endChar());
                previousEnd = child.endChar();
            }
        }
    }

    @Test
    void parse_pastItsTimeout_returnsFailed() {
        Sample sample = largeSample();

        ParseResult result = parser.parse(sample.languageId(), sample.text(), Duration.ofNanos(1));

        assertThat(result)
                .isInstanceOfSatisfying(
                        ParseResult.Failed.class,
                        failed -> assertThat(failed.reason()).isNotBlank());
    }

    @Test
    void parse_afterATimedOutParse_parsesTheNextTextAfresh() {
        Sample large = largeSample();
        parser.parse(large.languageId(), large.text(), Duration.ofNanos(1));
        Sample sample = validSample();

        SyntaxTree tree = parsed(sample);

        assertThat(tree).isEqualTo(parsedByFreshParser(sample));
    }

    @Test
    void parse_unsupportedLanguage_throwsNamingTheLanguage() {
        assertThatThrownBy(() -> parser.parse("no-such-language", "x", GENEROUS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-language");
    }

    @Test
    void parse_nonPositiveTimeout_throws() {
        Sample sample = validSample();

        assertThatThrownBy(() -> parser.parse(sample.languageId(), sample.text(), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("timeout");
    }

    @Test
    void parse_fromSeveralThreadsAtOnce_givesTheSameTreesAsOneThread() throws Exception {
        List<Sample> samples = List.of(validSample(), nonAsciiSample(), brokenSample());
        List<ParseResult> expected = new ArrayList<>();
        for (Sample sample : samples) {
            expected.add(parser.parse(sample.languageId(), sample.text(), GENEROUS));
        }

        List<Future<List<ParseResult>>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    List<ParseResult> results = new ArrayList<>();
                    for (int i = 0; i < PARSES_PER_THREAD; i++) {
                        Sample sample = samples.get(i % samples.size());
                        results.add(parser.parse(sample.languageId(), sample.text(), GENEROUS));
                    }
                    return results;
                }));
            }
        }

        for (Future<List<ParseResult>> future : futures) {
            List<ParseResult> results = future.get();
            for (int i = 0; i < results.size(); i++) {
                assertThat(results.get(i)).isEqualTo(expected.get(i % samples.size()));
            }
        }
    }

    @Test
    void parse_afterClose_throwsSayingClosed() {
        Sample sample = validSample();
        parser.close();

        assertThatThrownBy(() -> parser.parse(sample.languageId(), sample.text(), GENEROUS))
                .isInstanceOf(SyntaxParserException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void close_calledTwice_isIdempotentAndKeepsTheGetters() {
        parser.close();

        parser.close();

        assertThat(parser.supportedLanguages()).isNotEmpty();
        assertThat(parser.grammarVersions()).isNotEmpty();
    }

    /** Parses {@code sample} with the subject and returns its tree, failing the test on a failed parse. */
    protected final SyntaxTree parsed(Sample sample) {
        ParseResult result = parser.parse(sample.languageId(), sample.text(), GENEROUS);
        assertThat(result).as("parse of %s", sample.languageId()).isInstanceOf(ParseResult.Parsed.class);
        return ((ParseResult.Parsed) result).tree();
    }

    private SyntaxTree parsedByFreshParser(Sample sample) {
        try (SyntaxParser fresh = create()) {
            ParseResult result = fresh.parse(sample.languageId(), sample.text(), GENEROUS);
            assertThat(result).isInstanceOf(ParseResult.Parsed.class);
            return ((ParseResult.Parsed) result).tree();
        }
    }

    /** Every node of the tree under {@code root}, parents before children; iterative, so deep trees are fine. */
    protected static List<SyntaxNode> preOrder(SyntaxNode root) {
        List<SyntaxNode> nodes = new ArrayList<>();
        Deque<SyntaxNode> stack = new ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            SyntaxNode node = stack.pop();
            nodes.add(node);
            for (int i = node.children().size() - 1; i >= 0; i--) {
                stack.push(node.children().get(i));
            }
        }
        return nodes;
    }

    /** Independent reference positions for every char offset of a text. */
    private static final class Positions {
        private final int[] bytes;
        private final int[] lines;
        private final int[] columns;

        Positions(String text) {
            bytes = new int[text.length() + 1];
            lines = new int[text.length() + 1];
            columns = new int[text.length() + 1];
            int line = 1;
            int column = 0;
            int offset = 0;
            for (int i = 0; i <= text.length(); i++) {
                bytes[i] = offset;
                lines[i] = line;
                columns[i] = column;
                if (i == text.length()) {
                    break;
                }
                char c = text.charAt(i);
                offset += Character.isSurrogate(c) ? 2 : String.valueOf(c).getBytes(UTF_8).length;
                if (c == '\n') {
                    line++;
                    column = 0;
                } else {
                    column++;
                }
            }
        }

        int byteAt(int charOffset) {
            return bytes[charOffset];
        }

        int lineAt(int charOffset) {
            return lines[charOffset];
        }

        int columnAt(int charOffset) {
            return columns[charOffset];
        }
    }
}
