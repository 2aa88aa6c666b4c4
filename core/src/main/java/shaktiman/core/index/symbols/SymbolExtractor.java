package shaktiman.core.index.symbols;

import java.util.Objects;
import shaktiman.core.index.lang.LanguageRules;
import shaktiman.core.model.syntax.SyntaxTree;

/**
 * Extracts a parsed file's symbols, references, imports and declared package (IX-27…IX-29), driven by the file's row
 * of the IX-15 language table. Pure and stateless: one instance may be shared by every parse worker.
 *
 * <p>ERB goes through the same path: its tree is the Ruby parse of IX-17's view, whose lines are the template's, so
 * calls outside any {@code def} are owned by the file symbol like any module-level code.
 */
public final class SymbolExtractor {

    private final System.Logger log;

    /** An extractor that logs dropped symbols through core's {@link System.Logger}. */
    public SymbolExtractor() {
        this(System.getLogger(SymbolExtractor.class.getName()));
    }

    /** An extractor that logs dropped symbols (IX-27's WARN) to {@code log}. */
    public SymbolExtractor(System.Logger log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Extracts what {@code tree} declares and references. The result has no file symbol yet: the chunker decides
     * whether the file has a chunk, and {@link ExtractedFile#withFileSymbol} adds it.
     *
     * <p>A symbol whose kind or fields cannot be mapped is dropped alone, with a WARN naming the file, line and node
     * type (IX-27); everything else in the file is still returned.
     *
     * @param path the project-relative path, used in names and log lines
     * @param languageId IX-12's language id
     * @param text the file's text (for ERB, the template), for its line count
     * @param tree its syntax tree (for ERB, the Ruby view's)
     * @param rules the language table's row for {@code languageId}
     * @throws IllegalArgumentException if {@code rules} or {@code tree} belong to another language
     */
    public ExtractedFile extract(String path, String languageId, String text, SyntaxTree tree, LanguageRules rules) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(languageId, "languageId");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(rules, "rules");
        if (!rules.languageId().equals(languageId) || !tree.languageId().equals(languageId)) {
            throw new IllegalArgumentException("cannot extract " + path + " as " + languageId + " with rules for "
                    + rules.languageId() + " and a tree of " + tree.languageId());
        }
        return new Extraction(path, tree, rules, log).run(languageId, ExtractedFile.lineCount(text));
    }
}
