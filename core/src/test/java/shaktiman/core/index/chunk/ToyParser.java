package shaktiman.core.index.chunk;

import java.util.ArrayList;
import java.util.List;
import shaktiman.core.model.syntax.SyntaxNode;
import shaktiman.core.model.syntax.SyntaxTree;

/**
 * Parses the toy language of the chunker tests into a tree shaped like tree-sitter's, so that tests can write source
 * text instead of building trees by hand. Never fails: anything it does not know is a {@code statement}.
 *
 * <ul>
 *   <li>{@code // …} and {@code #!…} line comments and {@code /* … *}{@code /} block comments: {@code comment}
 *   <li>{@code package …}, {@code import …}, {@code """…"""}: {@code package}, {@code import}, {@code docstring}
 *   <li>{@code export <unit>}: the wrapper {@code export}
 *   <li>{@code #if …} ⏎ items {@code #endif}: the wrapper {@code preproc_if}, as in C
 *   <li>{@code fn name(params) … { body }}: {@code function} (fields {@code name}, {@code params}, {@code body})
 *   <li>{@code class Name … { body }}: {@code class}, the declaration may span lines before the {@code {}
 *   <li>{@code module Name} ⏎ body {@code end}: {@code module}, body {@code body_statement} as in Ruby
 *   <li>{@code let name = fn(params) { body }}: {@code let} holding the unit {@code lambda} in field {@code value}
 *   <li>anything else: {@code statement}, to the end of the line or the next {@code }} inside braces
 * </ul>
 */
final class ToyParser {

    static final String LANGUAGE = "toy";

    private final String text;
    private final int[] lineStarts;
    private final int[] bytesBefore;
    private int pos;

    private ToyParser(String text) {
        this.text = text;
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        bytesBefore = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int size = c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
            bytesBefore[i + 1] = bytesBefore[i] + size;
        }
    }

    static SyntaxTree parse(String text) {
        ToyParser parser = new ToyParser(text);
        List<SyntaxNode> items = parser.items(null);
        return new SyntaxTree(LANGUAGE, text, parser.node("program", null, 0, text.length(), items));
    }

    private List<SyntaxNode> items(String closer) {
        List<SyntaxNode> items = new ArrayList<>();
        while (true) {
            skipSpace();
            if (pos >= text.length() || (closer != null && atCloser(closer))) {
                return items;
            }
            items.add(item(closer));
        }
    }

    private SyntaxNode item(String closer) {
        int start = pos;
        if (at("//") || at("#!")) {
            pos = lineEnd();
            return node("comment", null, start, pos, List.of());
        }
        if (at("/*")) {
            int close = text.indexOf("*/", pos + 2);
            pos = close < 0 ? text.length() : close + 2;
            return node("comment", null, start, pos, List.of());
        }
        for (String header : List.of("package", "import")) {
            if (at(header + " ")) {
                pos = lineEnd();
                return node(header, null, start, pos, List.of());
            }
        }
        if (at("#if ")) {
            pos = lineEnd();
            List<SyntaxNode> children = new ArrayList<>(items("#endif"));
            if (atCloser("#endif")) {
                children.add(token("#endif", 6));
            }
            return node("preproc_if", null, start, pos, children);
        }
        if (at("\"\"\"")) {
            pos = lineEnd();
            return node("docstring", null, start, pos, List.of());
        }
        if (at("export ")) {
            SyntaxNode keyword = token("export", 6);
            skipSpace();
            SyntaxNode inner = item(closer);
            return node("export", null, start, pos, List.of(keyword, inner));
        }
        if (at("fn ")) {
            return function(start);
        }
        if (at("class ")) {
            return classDeclaration(start);
        }
        if (at("module ")) {
            return module(start);
        }
        if (at("let ") && text.substring(pos, lineEnd()).contains("= fn(")) {
            return let(start);
        }
        int end = lineEnd();
        if ("}".equals(closer)) {
            int brace = text.substring(pos, end).indexOf('}');
            if (brace >= 0) {
                end = pos + brace;
            }
        }
        while (end > pos + 1 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        pos = Math.max(end, pos + 1);
        return node("statement", null, start, pos, List.of());
    }

    private SyntaxNode function(int start) {
        List<SyntaxNode> children = new ArrayList<>();
        children.add(token("fn", 2));
        skipSpace();
        children.add(word("name"));
        children.add(parameters());
        children.addAll(bodyInBraces("block"));
        return node("function", null, start, pos, children);
    }

    private SyntaxNode classDeclaration(int start) {
        List<SyntaxNode> children = new ArrayList<>();
        children.add(token("class", 5));
        skipSpace();
        children.add(word("name"));
        children.addAll(bodyInBraces("class_body"));
        return node("class", null, start, pos, children);
    }

    private SyntaxNode module(int start) {
        List<SyntaxNode> children = new ArrayList<>();
        children.add(token("module", 6));
        skipSpace();
        children.add(word("name"));
        pos = lineEnd();
        List<SyntaxNode> body = items("end");
        if (!body.isEmpty()) {
            children.add(node(
                    "body_statement",
                    "body",
                    body.getFirst().startChar(),
                    body.getLast().endChar(),
                    body));
        }
        if (atCloser("end")) {
            children.add(token("end", 3));
        }
        return node("module", null, start, pos, children);
    }

    private SyntaxNode let(int start) {
        List<SyntaxNode> children = new ArrayList<>();
        children.add(token("let", 3));
        skipSpace();
        children.add(word("name"));
        pos = text.indexOf("fn(", pos);
        int lambdaStart = pos;
        List<SyntaxNode> lambda = new ArrayList<>();
        lambda.add(token("fn", 2));
        lambda.add(parameters());
        lambda.addAll(bodyInBraces("block"));
        children.add(node("lambda", "value", lambdaStart, pos, lambda));
        if (at(";")) {
            children.add(token(";", 1));
        }
        return node("let", null, start, pos, children);
    }

    private SyntaxNode parameters() {
        int open = text.indexOf('(', pos);
        int close = open < 0 ? -1 : text.indexOf(')', open);
        if (open < 0 || close < 0 || close > lineEnd()) {
            return node("parameters", "params", pos, pos, List.of());
        }
        pos = close + 1;
        return node("parameters", "params", open, pos, List.of());
    }

    /** Everything up to a {@code {}, then the braced body as {@code type}; nothing if no brace follows. */
    private List<SyntaxNode> bodyInBraces(String type) {
        int open = text.indexOf('{', pos);
        if (open < 0) {
            pos = lineEnd();
            return List.of();
        }
        pos = open;
        int bodyStart = pos;
        List<SyntaxNode> body = new ArrayList<>();
        body.add(token("{", 1));
        body.addAll(items("}"));
        if (at("}")) {
            body.add(token("}", 1));
        }
        return List.of(node(type, "body", bodyStart, pos, body));
    }

    private SyntaxNode word(String field) {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) {
            pos++;
        }
        return node("identifier", field, start, pos, List.of());
    }

    private SyntaxNode token(String type, int length) {
        int start = pos;
        pos += length;
        return new SyntaxNode(
                type,
                false,
                null,
                bytesBefore[start],
                bytesBefore[pos],
                start,
                pos,
                line(start),
                column(start),
                line(pos),
                column(pos),
                List.of());
    }

    private SyntaxNode node(String type, String field, int start, int end, List<SyntaxNode> children) {
        return new SyntaxNode(
                type,
                true,
                field,
                bytesBefore[start],
                bytesBefore[end],
                start,
                end,
                line(start),
                column(start),
                line(end),
                column(end),
                children);
    }

    private boolean at(String prefix) {
        return text.startsWith(prefix, pos);
    }

    private boolean atCloser(String closer) {
        if (!at(closer)) {
            return false;
        }
        int after = pos + closer.length();
        return closer.equals("}") || after >= text.length() || !Character.isLetterOrDigit(text.charAt(after));
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private int lineEnd() {
        int newline = text.indexOf('\n', pos);
        int end = newline < 0 ? text.length() : newline;
        return end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end;
    }

    private int line(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (lineStarts[middle] <= offset) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low + 1;
    }

    private int column(int offset) {
        return offset - lineStarts[line(offset) - 1];
    }
}
