package shaktiman.core.index.chunk;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import shaktiman.core.model.syntax.SyntaxNode;

/**
 * Which lines of a file are comment lines: non-blank lines whose first and last non-blank chars both lie in comment
 * nodes (IX-19). Found with an explicit stack, because syntax trees can be far deeper than the Java stack allows.
 */
final class CommentLines {

    private final boolean[] comment;

    private CommentLines(boolean[] comment) {
        this.comment = comment;
    }

    static CommentLines of(SyntaxNode root, SourceLines lines, ChunkRules rules) {
        List<int[]> ranges = commentRanges(root, rules);
        boolean[] comment = new boolean[lines.size() + 1];
        for (int line = 1; line <= lines.size(); line++) {
            String text = lines.line(line);
            if (text.isBlank()) {
                continue;
            }
            int first = lines.startChar(line) + firstNonSpace(text);
            int last = lines.startChar(line) + lastNonSpace(text);
            comment[line] = inside(ranges, first) && inside(ranges, last);
        }
        return new CommentLines(comment);
    }

    boolean isComment(int line) {
        return line >= 1 && line < comment.length && comment[line];
    }

    /** Comment char ranges in source order: a pre-order walk sees them so, and they never nest. */
    private static List<int[]> commentRanges(SyntaxNode root, ChunkRules rules) {
        List<int[]> ranges = new ArrayList<>();
        Deque<SyntaxNode> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            SyntaxNode node = pending.pop();
            if (rules.isComment(node)) {
                ranges.add(new int[] {node.startChar(), node.endChar()});
                continue;
            }
            List<SyntaxNode> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.push(children.get(i));
            }
        }
        return ranges;
    }

    private static boolean inside(List<int[]> ranges, int position) {
        int low = 0;
        int high = ranges.size() - 1;
        int candidate = -1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (ranges.get(middle)[0] <= position) {
                candidate = middle;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return candidate >= 0 && position < ranges.get(candidate)[1];
    }

    private static int firstNonSpace(String text) {
        int i = 0;
        while (Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int lastNonSpace(String text) {
        int i = text.length() - 1;
        while (Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i;
    }
}
