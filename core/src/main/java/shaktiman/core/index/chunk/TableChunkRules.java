package shaktiman.core.index.chunk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import shaktiman.core.index.lang.LanguageRules;
import shaktiman.core.index.lang.LanguageRules.ContainerRule;
import shaktiman.core.index.lang.LanguageRules.UnitRule;
import shaktiman.core.index.symbols.Declarations;
import shaktiman.core.model.ChunkKind;
import shaktiman.core.model.SymKind;
import shaktiman.core.model.syntax.SyntaxNode;
import shaktiman.core.model.syntax.SyntaxTree;

/**
 * The chunk rules of one row of the IX-15 language table: its units, wrappers, comments and header nodes. Units are
 * named by {@link Declarations}, as the symbol extractor names them, so a chunk's names are its symbol's. A leading
 * statement that is only a string literal (a Python module docstring, a JS {@code "use strict"}) and a namespace line
 * with no body count as header.
 * Immutable and thread-safe.
 */
public final class TableChunkRules implements ChunkRules {

    private static final Set<SymKind> CLASS_LIKE = Set.of(SymKind.CLASS, SymKind.INTERFACE, SymKind.TYPE);

    /** How far below a unit its declaring node may sit (TS {@code lexical_declaration} → {@code variable_declarator}). */
    private static final int DECLARATOR_DEPTH = 3;

    private final LanguageRules rules;
    private final Map<String, UnitRule> units;

    /** The chunk rules of {@code rules}. */
    public TableChunkRules(LanguageRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        Map<String, UnitRule> byType = new HashMap<>();
        rules.units().forEach(unit -> byType.putIfAbsent(unit.nodeType(), unit));
        this.units = Map.copyOf(byType);
    }

    @Override
    public boolean isUnit(SyntaxNode node) {
        return units.containsKey(node.type()) && !isNamespaceLine(node);
    }

    @Override
    public ChunkUnit describe(SyntaxNode unit, List<SyntaxNode> ancestors, SyntaxTree tree) {
        UnitRule rule = units.get(unit.type());
        if (rule == null) {
            throw new IllegalArgumentException("node " + unit.type() + " on line " + unit.startLine()
                    + " is not a chunk unit of " + rules.languageId());
        }
        ChunkKind kind = rule.kind();
        if (rule.inClass() != null && nearestContainerIsClassLike(ancestors)) {
            kind = rule.inClass();
        }
        Optional<Declarations.Naming> naming = naming(unit, ancestors, tree);
        if (naming.isPresent()) {
            Declarations.Naming declared = naming.get();
            if (kind == ChunkKind.VARIABLE && declared.kind() != SymKind.VARIABLE) {
                // `const f = () => …` declares a function, a C prototype too; the chunk says what its symbol is.
                kind = chunkKind(declared.kind(), kind);
            }
            String signature = declared.signature().isEmpty() ? null : declared.signature();
            return new ChunkUnit(kind, declared.name(), declared.qualifiedName(), signature);
        }
        return containerNaming(unit, ancestors, tree)
                .map(qualified -> new ChunkUnit(rule.kind(), qualified.getLast(), String.join(".", qualified), null))
                .orElseGet(() -> new ChunkUnit(rule.kind(), null, null, null));
    }

    @Override
    public boolean isWrapper(SyntaxNode node) {
        return rules.wrappers().contains(node.type());
    }

    @Override
    public boolean isComment(SyntaxNode node) {
        return rules.comments().contains(node.type());
    }

    @Override
    public boolean isHeader(SyntaxNode node, SyntaxTree tree) {
        return rules.headers().contains(node.type()) || isStringStatement(node) || isNamespaceLine(node);
    }

    /**
     * A namespace unit with no body, such as PHP's {@code namespace App\Users;} or Rust's {@code mod a;}: a namespace
     * line of the header (IX-21), not a declaration that holds code.
     */
    private boolean isNamespaceLine(SyntaxNode node) {
        UnitRule rule = units.get(node.type());
        return rule != null
                && rule.kind() == ChunkKind.NAMESPACE
                && node.child("body").isEmpty();
    }

    /** A statement that is a string literal alone: a docstring or a directive. */
    private static boolean isStringStatement(SyntaxNode node) {
        if (!node.type().equals("expression_statement")) {
            return false;
        }
        List<SyntaxNode> named = node.namedChildren();
        return named.size() == 1 && named.getFirst().type().equals("string");
    }

    private boolean nearestContainerIsClassLike(List<SyntaxNode> ancestors) {
        for (int i = ancestors.size() - 1; i >= 0; i--) {
            ContainerRule container = container(ancestors.get(i));
            if (container != null) {
                return CLASS_LIKE.contains(container.kind());
            }
        }
        return false;
    }

    /** The naming of the unit's own symbol, or of the first symbol declared just below it. */
    private Optional<Declarations.Naming> naming(SyntaxNode unit, List<SyntaxNode> ancestors, SyntaxTree tree) {
        Optional<Declarations.Naming> own = Declarations.describe(unit, ancestors, tree, rules);
        if (own.isPresent() || container(unit) != null) {
            return own;
        }
        List<SyntaxNode> path = new ArrayList<>(ancestors);
        path.add(unit);
        return declarator(unit, path, tree, 1);
    }

    private Optional<Declarations.Naming> declarator(
            SyntaxNode node, List<SyntaxNode> path, SyntaxTree tree, int depth) {
        for (SyntaxNode child : node.namedChildren()) {
            if (isUnit(child)) {
                continue;
            }
            Optional<Declarations.Naming> naming = Declarations.describe(child, path, tree, rules);
            if (naming.isPresent()) {
                return naming;
            }
            if (depth < DECLARATOR_DEPTH) {
                path.add(child);
                naming = declarator(child, path, tree, depth + 1);
                path.removeLast();
                if (naming.isPresent()) {
                    return naming;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The qualified name of a unit that declares no symbol but is a container (a Rust {@code impl}), as the names of
     * its enclosing containers and its own; empty if it is none or has no name.
     */
    private Optional<List<String>> containerNaming(SyntaxNode unit, List<SyntaxNode> ancestors, SyntaxTree tree) {
        ContainerRule own = container(unit);
        if (own == null) {
            return Optional.empty();
        }
        Optional<String> name = containerName(own, unit, tree);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        List<String> qualified = new ArrayList<>();
        for (SyntaxNode ancestor : ancestors) {
            ContainerRule container = container(ancestor);
            if (container != null) {
                containerName(container, ancestor, tree).ifPresent(qualified::add);
            }
        }
        // A name such as `a.b` (a Rust path type) is already qualified; its last segment is the bare name.
        qualified.addAll(List.of(name.get().split("\\.", -1)));
        return Optional.of(qualified);
    }

    private static Optional<String> containerName(ContainerRule rule, SyntaxNode node, SyntaxTree tree) {
        List<SyntaxNode> names = rule.name().resolve(node);
        return names.isEmpty()
                ? Optional.empty()
                : Optional.ofNullable(Declarations.containerName(tree, names.getFirst()));
    }

    private ContainerRule container(SyntaxNode node) {
        return Declarations.container(rules, node);
    }

    private static ChunkKind chunkKind(SymKind kind, ChunkKind otherwise) {
        return switch (kind) {
            case FUNCTION -> ChunkKind.FUNCTION;
            case METHOD -> ChunkKind.METHOD;
            case CLASS -> ChunkKind.CLASS;
            case INTERFACE -> ChunkKind.INTERFACE;
            case TYPE -> ChunkKind.TYPE;
            case NAMESPACE -> ChunkKind.NAMESPACE;
            case VARIABLE -> ChunkKind.VARIABLE;
            case CONSTANT -> ChunkKind.CONSTANT;
            case FILE -> otherwise;
        };
    }
}
