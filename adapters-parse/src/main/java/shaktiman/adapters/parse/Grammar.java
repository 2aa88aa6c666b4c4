package shaktiman.adapters.parse;

import java.util.Objects;
import java.util.function.Supplier;
import org.treesitter.TSLanguage;

/**
 * One language id of IX-12 and the tree-sitter grammar that parses it.
 *
 * @param languageId the id callers pass, such as {@code csharp}
 * @param artifact the grammar's tree-sitter-ng artifact, such as {@code tree-sitter-c-sharp}
 * @param erb whether the text is an ERB template to be parsed through its Ruby view (IX-17)
 * @param language creates the grammar's language object; its first call loads the grammar's native library
 */
record Grammar(String languageId, String artifact, boolean erb, Supplier<TSLanguage> language) {
    Grammar {
        Objects.requireNonNull(languageId, "languageId");
        Objects.requireNonNull(artifact, "artifact");
        Objects.requireNonNull(language, "language");
    }
}
