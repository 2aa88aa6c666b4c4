package shaktiman.testkit.fake;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicBoolean;
import shaktiman.core.model.syntax.SyntaxNode;
import shaktiman.core.model.syntax.SyntaxTree;
import shaktiman.core.port.ParseResult;
import shaktiman.core.port.SyntaxParser;
import shaktiman.core.port.SyntaxParserException;

/**
 * A {@link SyntaxParser} for the made-up language {@value #LANGUAGE}: the root {@code document} has one child per
 * non-empty line, of type {@code line}, or {@code ERROR} when the line starts with {@code !}. It checks its deadline
 * before each line, so a big text with a tiny timeout fails like a real parse does.
 */
public final class LineTreeParser implements SyntaxParser {

    /** The one language this parser accepts. */
    public static final String LANGUAGE = "lines";

    private final AtomicBoolean closed = new AtomicBoolean();

    /** An open parser. */
    public LineTreeParser() {}

    @Override
    public Set<String> supportedLanguages() {
        return Set.of(LANGUAGE);
    }

    @Override
    public SortedMap<String, String> grammarVersions() {
        return new TreeMap<>(Map.of("line-tree", "1"));
    }

    @Override
    public ParseResult parse(String languageId, String text, Duration timeout) {
        Objects.requireNonNull(text, "text");
        if (!LANGUAGE.equals(languageId)) {
            throw new IllegalArgumentException("unsupported language " + languageId + "; supported: " + LANGUAGE);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (closed.get()) {
            throw new SyntaxParserException("line-tree parser is closed");
        }
        long start = System.nanoTime();
        List<SyntaxNode> lines = new ArrayList<>();
        boolean hasErrors = false;
        int lineStart = 0;
        int byteStart = 0;
        int lineNumber = 1;
        while (lineStart <= text.length()) {
            if (System.nanoTime() - start >= timeout.toNanos()) {
                return new ParseResult.Failed("line-tree parse exceeded its timeout of " + timeout);
            }
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            int byteEnd = byteStart + utf8Length(text, lineStart, lineEnd);
            if (lineEnd > lineStart) {
                boolean error = text.charAt(lineStart) == '!';
                hasErrors |= error;
                lines.add(new SyntaxNode(
                        error ? SyntaxNode.ERROR_TYPE : "line",
                        true,
                        null,
                        byteStart,
                        byteEnd,
                        lineStart,
                        lineEnd,
                        lineNumber,
                        0,
                        lineNumber,
                        lineEnd - lineStart,
                        List.of()));
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
            byteStart = byteEnd + 1;
            lineNumber++;
        }
        int lastLineStart = text.lastIndexOf('\n') + 1;
        SyntaxNode root = new SyntaxNode(
                "document",
                true,
                null,
                0,
                utf8Length(text, 0, text.length()),
                0,
                text.length(),
                1,
                0,
                lineNumber,
                text.length() - lastLineStart,
                lines);
        return new ParseResult.Parsed(new SyntaxTree(LANGUAGE, text, root), hasErrors);
    }

    @Override
    public void close() {
        closed.set(true);
    }

    private static int utf8Length(String text, int from, int to) {
        return text.substring(from, to).getBytes(UTF_8).length;
    }
}
