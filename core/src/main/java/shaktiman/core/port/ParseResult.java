package shaktiman.core.port;

import java.util.Objects;
import shaktiman.core.model.syntax.SyntaxTree;

/** The outcome of one {@link SyntaxParser#parse} call. */
public sealed interface ParseResult {

    /**
     * The text was parsed. {@code hasErrors} says the tree contains ERROR or MISSING nodes, so the file is indexed with
     * {@code parse_quality = partial} (IX-15).
     */
    record Parsed(SyntaxTree tree, boolean hasErrors) implements ParseResult {
        public Parsed {
            Objects.requireNonNull(tree, "tree");
        }
    }

    /**
     * The parse failed or ran past its timeout and was cancelled; the file is indexed as text with {@code parse_quality
     * = error} and this reason in {@code parse_error} (IX-15).
     */
    record Failed(String reason) implements ParseResult {
        public Failed {
            Objects.requireNonNull(reason, "reason");
            if (reason.isBlank()) {
                throw new IllegalArgumentException("reason must not be blank");
            }
        }
    }
}
