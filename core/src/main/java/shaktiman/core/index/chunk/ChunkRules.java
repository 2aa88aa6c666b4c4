package shaktiman.core.index.chunk;

import java.util.List;
import shaktiman.core.model.syntax.SyntaxNode;
import shaktiman.core.model.syntax.SyntaxTree;

/**
 * One language's chunking rules: the chunk-unit, header and comment columns of the IX-15 table, seen from the chunker.
 * Implementations are immutable and thread-safe; the chunker may call them from several threads at once.
 */
public interface ChunkRules {

    /** Whether {@code node} is a chunk unit (IX-15 column 1), judged by the node alone. */
    boolean isUnit(SyntaxNode node);

    /**
     * Describes a node for which {@link #isUnit} is true: its kind in context, names and signature.
     *
     * @param ancestors the nodes from the root (first) down to the unit's parent (last), wrappers included
     */
    ChunkUnit describe(SyntaxNode unit, List<SyntaxNode> ancestors, SyntaxTree tree);

    /**
     * Whether {@code node} is a transparent wrapper, such as TS {@code export_statement}, Python {@code
     * decorated_definition} or C {@code preproc_ifdef}. A wrapper whose named children hold exactly one unit (or one
     * wrapper of one) makes that unit's chunk span the whole wrapper, decorators and keywords included; a wrapper with
     * several is looked into like any other node.
     */
    boolean isWrapper(SyntaxNode node);

    /**
     * Whether {@code node} is a comment (IX-19). A run of comment lines directly above a declaration joins its chunk,
     * and leading comments form the file header. A table may also count a decoration that stands apart from the node
     * it decorates (a Rust {@code attribute_item}) as a comment, so that it joins that chunk the same way.
     */
    boolean isComment(SyntaxNode node);

    /**
     * Whether {@code node}, a child of the root, belongs to the file header when it leads the file (IX-21): package and
     * namespace lines, imports, a module docstring, the table's header node types (column 5). Comments and a
     * {@code #!} first line count without being named here.
     */
    boolean isHeader(SyntaxNode node, SyntaxTree tree);
}
