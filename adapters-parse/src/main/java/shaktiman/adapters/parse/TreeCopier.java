package shaktiman.adapters.parse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import shaktiman.core.model.syntax.SyntaxNode;

/**
 * Copies a native tree into {@link SyntaxNode} records in one pre-order cursor walk. The walk keeps its own stack, so
 * a tree thousands of levels deep cannot overflow the thread's stack.
 */
final class TreeCopier {

    private final NativeCursor.Functions functions;

    TreeCopier(NativeCursor.Functions functions) {
        this.functions = functions;
    }

    /** The copied tree and whether it contains errors. */
    record Copy(SyntaxNode root, boolean hasErrors) {}

    Copy copy(long treePointer, GrammarNames names, Utf8Text text) {
        try (NativeCursor cursor = new NativeCursor(functions, treePointer)) {
            NativeCursor.RawNode raw = new NativeCursor.RawNode();
            Deque<Pending> stack = new ArrayDeque<>();
            cursor.read(raw);
            stack.push(new Pending(raw, names, text));
            while (true) {
                if (cursor.gotoFirstChild()) {
                    cursor.read(raw);
                    stack.push(new Pending(raw, names, text));
                    continue;
                }
                while (true) {
                    SyntaxNode built = stack.pop().build();
                    if (stack.isEmpty()) {
                        return new Copy(built, cursor.treeHasError(treePointer));
                    }
                    stack.peek().children.add(built);
                    if (cursor.gotoNextSibling()) {
                        cursor.read(raw);
                        stack.push(new Pending(raw, names, text));
                        break;
                    }
                    if (!cursor.gotoParent()) {
                        throw new IllegalStateException(
                                "tree cursor has no parent while " + stack.size() + " are open");
                    }
                }
            }
        }
    }

    /** A node whose children are still being copied. */
    private static final class Pending {
        private final String type;
        private final boolean named;
        private final String field;
        private final int startByte;
        private final int endByte;
        private final int startChar;
        private final int endChar;
        private final int startLine;
        private final int startColumn;
        private final int endLine;
        private final int endColumn;
        final List<SyntaxNode> children = new ArrayList<>(4);

        Pending(NativeCursor.RawNode raw, GrammarNames names, Utf8Text text) {
            type = names.type(raw.symbol);
            named = raw.named;
            field = names.field(raw.fieldId);
            startByte = raw.startByte;
            endByte = raw.endByte;
            startChar = text.charAt(raw.startByte);
            endChar = text.charAt(raw.endByte);
            // tree-sitter counts rows from 0 and columns in bytes; columns here are UTF-16 chars from the line start.
            startLine = raw.startRow + 1;
            startColumn = startChar - text.charAt(raw.startByte - raw.startByteColumn);
            endLine = raw.endRow + 1;
            endColumn = endChar - text.charAt(raw.endByte - raw.endByteColumn);
        }

        SyntaxNode build() {
            return new SyntaxNode(
                    type,
                    named,
                    field,
                    startByte,
                    endByte,
                    startChar,
                    endChar,
                    startLine,
                    startColumn,
                    endLine,
                    endColumn,
                    children);
        }
    }
}
