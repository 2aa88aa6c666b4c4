package shaktiman.core.index.chunk;

import java.util.List;
import java.util.Objects;
import shaktiman.core.model.syntax.SyntaxTree;
import shaktiman.core.port.TokenCounter;

/**
 * Chunks a parsed file (IX-19 … IX-26): a header chunk, then the top-level units and the gaps between them; a unit over
 * the maximum with units inside is decomposed into a summary, its child units and gap blocks; tiny chunks merge; chunks
 * still over the maximum are line-split. The own lines of the chunks partition the file's non-blank lines.
 *
 * <p>Stateless apart from its configuration, so one instance may chunk on many threads at once. The same tree, rules
 * and limits always give the same chunks (IX-26).
 */
public final class SyntaxChunker {

    /** Units nested deeper than this many chunk levels (the top level is 0) are line-split, with a WARN (IX-18). */
    public static final int MAX_CHUNK_DEPTH = 10;

    /** Units are looked for at most this many syntax-tree levels below the unit or root that holds them (IX-18). */
    public static final int MAX_AST_DEPTH = 200;

    private final TokenCounter counter;
    private final ChunkLimits limits;
    private final System.Logger log;

    /** A chunker that logs through {@code System.Logger} under its class name. */
    public SyntaxChunker(TokenCounter counter, ChunkLimits limits) {
        this(counter, limits, System.getLogger(SyntaxChunker.class.getName()));
    }

    /** A chunker that logs its depth-guard warnings to {@code log}. */
    public SyntaxChunker(TokenCounter counter, ChunkLimits limits, System.Logger log) {
        this.counter = Objects.requireNonNull(counter, "counter");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Chunks {@code tree}, whose text is the file's text, by the language's {@code rules}.
     *
     * @param path the file's path, for log messages only
     * @return the chunks; none for an empty or all-blank text
     */
    public ChunkedFile chunk(String path, SyntaxTree tree, ChunkRules rules) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(rules, "rules");
        SourceLines lines = SourceLines.of(tree.text());
        if (lines.allBlank()) {
            return ChunkedFile.EMPTY;
        }
        List<Draft> drafts = new SyntaxLayout(path, tree, lines, rules, counter, limits, log).layOut();
        new Merger(lines, counter, limits).mergeAll(drafts);
        return new Assembler(lines, counter, limits).assemble(drafts);
    }
}
