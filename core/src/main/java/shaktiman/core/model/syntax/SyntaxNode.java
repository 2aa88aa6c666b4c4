package shaktiman.core.model.syntax;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One node of a concrete syntax tree, copied out of the parser.
 *
 * <p>Positions come twice, because the parser counts UTF-8 bytes and Java strings count UTF-16 chars: {@code
 * startByte}/{@code endByte} are offsets into the UTF-8 encoding of the tree's text, {@code startChar}/{@code endChar}
 * are offsets into the text as a Java {@link String} (use these to slice it). Lines are 1-based and split on {@code \n}
 * only; columns are 0-based and counted in UTF-16 chars from the start of the line. Every range is half-open, and a
 * node's range lies within its parent's; children are in source order and do not overlap.
 *
 * @param type the grammar's node type name, such as {@code function_declaration}; {@code ERROR} for an error node
 * @param named whether the grammar names this node (false for punctuation and keywords)
 * @param field the field under which this node hangs in its parent, such as {@code name}, or null
 * @param children every child, named or not, in source order
 */
public record SyntaxNode(
        String type,
        boolean named,
        String field,
        int startByte,
        int endByte,
        int startChar,
        int endChar,
        int startLine,
        int startColumn,
        int endLine,
        int endColumn,
        List<SyntaxNode> children) {

    /** The type tree-sitter gives a node that it could not fit into the grammar. */
    public static final String ERROR_TYPE = "ERROR";

    public SyntaxNode {
        Objects.requireNonNull(type, "type");
        children = List.copyOf(children);
        if (startByte < 0 || endByte < startByte) {
            throw new IllegalArgumentException("byte range " + startByte + ".." + endByte + " of " + type);
        }
        if (startChar < 0 || endChar < startChar) {
            throw new IllegalArgumentException("char range " + startChar + ".." + endChar + " of " + type);
        }
        if (startLine < 1 || endLine < startLine || startColumn < 0 || endColumn < 0) {
            throw new IllegalArgumentException(
                    "position " + startLine + ":" + startColumn + ".." + endLine + ":" + endColumn + " of " + type);
        }
    }

    /** Whether this is an error node. */
    public boolean isError() {
        return ERROR_TYPE.equals(type);
    }

    /** The first child hanging under {@code fieldName}, if any. */
    public Optional<SyntaxNode> child(String fieldName) {
        for (SyntaxNode child : children) {
            if (fieldName.equals(child.field)) {
                return Optional.of(child);
            }
        }
        return Optional.empty();
    }

    /** Every child hanging under {@code fieldName}, in source order. */
    public List<SyntaxNode> children(String fieldName) {
        List<SyntaxNode> found = new ArrayList<>();
        for (SyntaxNode child : children) {
            if (fieldName.equals(child.field)) {
                found.add(child);
            }
        }
        return found;
    }

    /** The named children, in source order. */
    public List<SyntaxNode> namedChildren() {
        int count = 0;
        for (SyntaxNode child : children) {
            if (child.named) {
                count++;
            }
        }
        // Walks call this on every node, so the common cases allocate nothing.
        if (count == children.size()) {
            return children;
        }
        if (count == 0) {
            return List.of();
        }
        SyntaxNode[] named = new SyntaxNode[count];
        int next = 0;
        for (SyntaxNode child : children) {
            if (child.named) {
                named[next++] = child;
            }
        }
        return Collections.unmodifiableList(Arrays.asList(named));
    }

    /** A one-line description; never recursive, so it stays short for any tree. */
    @Override
    public String toString() {
        return (field == null ? "" : field + ": ")
                + type
                + " ["
                + startLine
                + ":"
                + startColumn
                + "-"
                + endLine
                + ":"
                + endColumn
                + "] ("
                + children.size()
                + " children)";
    }
}
