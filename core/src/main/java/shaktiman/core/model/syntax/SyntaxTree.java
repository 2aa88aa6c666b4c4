package shaktiman.core.model.syntax;

import java.util.Objects;

/**
 * A parsed file: the text that was parsed and the root of its concrete syntax tree. It holds no native handle and is
 * immutable, so it can be kept and shared freely.
 *
 * @param languageId the language the text was parsed as (IX-12's id)
 * @param text the parsed text; node offsets point into it (for ERB, the Ruby view of IX-17, whose chars and lines
 *     match the template's)
 * @param root the root node
 */
public record SyntaxTree(String languageId, String text, SyntaxNode root) {

    public SyntaxTree {
        Objects.requireNonNull(languageId, "languageId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(root, "root");
        if (root.endChar() > text.length()) {
            throw new IllegalArgumentException(
                    "root ends at char " + root.endChar() + " beyond the text's " + text.length());
        }
    }

    /** The source text of {@code node}. */
    public String text(SyntaxNode node) {
        return text.substring(node.startChar(), node.endChar());
    }

    /** A one-line description; the text and the tree are left out. */
    @Override
    public String toString() {
        return "SyntaxTree[" + languageId + ", " + text.length() + " chars, root=" + root + "]";
    }
}
