package shaktiman.core.index.write;

import java.util.List;
import java.util.Objects;
import shaktiman.core.text.IdentifierAnalyzer;

/**
 * The four columns of a chunk's full-text row (IX-38), each holding the MCP-40 analyzer terms joined by single
 * spaces: {@code symbol} (the chunk's names and those of the symbols attached to it), {@code path}, {@code content}
 * (the whole text, comments included) and {@code doc} (its comment text again, see {@link #commentText}).
 */
public record FtsColumns(String symbol, String path, String content, String doc) {

    public FtsColumns {
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(doc, "doc");
    }

    /**
     * Analyzes a chunk's fields.
     *
     * @param names the chunk's symbol name and qualified name, then the name and qualified name of every symbol
     *     attached to it; {@code null} entries are skipped
     */
    public static FtsColumns analyze(IdentifierAnalyzer analyzer, List<String> names, String path, String content) {
        StringBuilder joined = new StringBuilder();
        for (String name : names) {
            if (name != null) {
                joined.append(name).append('\n');
            }
        }
        return new FtsColumns(
                analyzer.indexText(joined.toString()),
                analyzer.indexText(path),
                analyzer.indexText(content),
                analyzer.indexText(commentText(content)));
    }

    /**
     * The comment text of a chunk, by a deliberately simple rule that needs no grammar: the lines whose trimmed text
     * starts with {@code //}, {@code #}, {@code /*}, {@code *}, {@code --} or {@code """}. It misses trailing comments
     * and the inner lines of Python docstrings, and takes C preprocessor lines for comments; the language table may
     * replace it with comment nodes later.
     */
    public static String commentText(String content) {
        StringBuilder comments = new StringBuilder();
        content.lines().forEach(line -> {
            String trimmed = line.strip();
            if (trimmed.startsWith("//")
                    || trimmed.startsWith("#")
                    || trimmed.startsWith("/*")
                    || trimmed.startsWith("*")
                    || trimmed.startsWith("--")
                    || trimmed.startsWith("\"\"\"")) {
                comments.append(trimmed).append('\n');
            }
        });
        return comments.toString();
    }
}
