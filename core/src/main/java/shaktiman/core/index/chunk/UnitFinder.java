package shaktiman.core.index.chunk;

import java.util.ArrayList;
import java.util.List;
import shaktiman.core.model.syntax.SyntaxNode;
import shaktiman.core.model.syntax.SyntaxTree;

/**
 * Finds the units nearest below a node: it descends through non-unit nodes, at most {@link
 * SyntaxChunker#MAX_AST_DEPTH} levels, and stops at each unit it meets (IX-22). A wrapper that holds a unit counts as
 * that unit, spanning the whole wrapper.
 */
final class UnitFinder {

    /**
     * A unit found in the tree.
     *
     * @param outer the node whose range the chunk covers: the unit itself or its outermost wrapper
     * @param node the unit node
     * @param ancestors the root down to the unit's parent, wrappers included
     */
    record Found(SyntaxNode outer, SyntaxNode node, List<SyntaxNode> ancestors, ChunkUnit unit) {}

    private final SyntaxTree tree;
    private final ChunkRules rules;

    UnitFinder(SyntaxTree tree, ChunkRules rules) {
        this.tree = tree;
        this.rules = rules;
    }

    /** Whether {@code node} is a unit or a wrapper holding one. */
    boolean isOrWrapsUnit(SyntaxNode node) {
        return rules.isUnit(node) || (rules.isWrapper(node) && wrapped(node, List.of()) != null);
    }

    /** The units nearest below the root, in source order. */
    List<Found> belowRoot() {
        return below(tree.root(), List.of());
    }

    /** The units nearest below {@code found}'s unit node, in source order. */
    List<Found> below(Found found) {
        return below(found.node(), found.ancestors());
    }

    private List<Found> below(SyntaxNode from, List<SyntaxNode> ancestorsOfFrom) {
        List<Found> found = new ArrayList<>();
        List<SyntaxNode> path = new ArrayList<>(ancestorsOfFrom);
        path.add(from);
        for (SyntaxNode child : from.children()) {
            search(child, path, 1, found);
        }
        return found;
    }

    private void search(SyntaxNode node, List<SyntaxNode> path, int level, List<Found> found) {
        if (level > SyntaxChunker.MAX_AST_DEPTH
                || !node.named()
                || node.startChar() == node.endChar()
                || rules.isComment(node)) {
            return;
        }
        if (rules.isUnit(node)) {
            List<SyntaxNode> ancestors = List.copyOf(path);
            found.add(new Found(node, node, ancestors, rules.describe(node, ancestors, tree)));
            return;
        }
        if (rules.isWrapper(node)) {
            Found wrapped = wrapped(node, path);
            if (wrapped != null) {
                found.add(wrapped);
                return;
            }
        }
        path.add(node);
        for (SyntaxNode child : node.children()) {
            search(child, path, level + 1, found);
        }
        path.removeLast();
    }

    /**
     * The one unit directly inside {@code wrapper} (through nested wrappers), spanning the wrapper; null if the wrapper
     * holds none or several. A wrapper with several units (a C {@code #ifdef} around a whole file) is transparent: the
     * search goes on inside it and each unit keeps its own range.
     */
    private Found wrapped(SyntaxNode wrapper, List<SyntaxNode> path) {
        List<SyntaxNode> inner = new ArrayList<>(path);
        SyntaxNode at = wrapper;
        while (inner.size() - path.size() <= SyntaxChunker.MAX_AST_DEPTH) {
            inner.add(at);
            SyntaxNode unit = null;
            SyntaxNode nested = null;
            int candidates = 0;
            for (SyntaxNode child : at.namedChildren()) {
                if (rules.isUnit(child)) {
                    unit = child;
                    candidates++;
                } else if (rules.isWrapper(child)) {
                    nested = child;
                    candidates++;
                }
            }
            if (candidates != 1) {
                return null;
            }
            if (unit != null) {
                List<SyntaxNode> ancestors = List.copyOf(inner);
                return new Found(wrapper, unit, ancestors, rules.describe(unit, ancestors, tree));
            }
            at = nested;
        }
        return null;
    }
}
