package shaktiman.core.index.symbols;

import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import shaktiman.core.index.lang.LanguageRules;
import shaktiman.core.index.lang.LanguageRules.ContainerRule;
import shaktiman.core.index.lang.LanguageRules.SymbolRule;
import shaktiman.core.model.SymKind;
import shaktiman.core.model.Visibility;
import shaktiman.core.model.syntax.SyntaxNode;
import shaktiman.core.model.syntax.SyntaxTree;

/**
 * One file's extraction: a single walk of the tree that declares symbols, tracks containers and owners, and hands each
 * node to {@link ReferenceCollector}. Not thread-safe; used once.
 */
final class Extraction {

    private static final Set<SymKind> OWNERS =
            Set.of(SymKind.FUNCTION, SymKind.METHOD, SymKind.CLASS, SymKind.INTERFACE, SymKind.TYPE, SymKind.NAMESPACE);

    private final String path;
    private final SyntaxTree tree;
    private final LanguageRules rules;
    private final System.Logger log;
    private final Visibilities visibilities;
    private final ReferenceCollector references;
    private final List<ExtractedSymbol> symbols = new ArrayList<>();
    private final Deque<SyntaxNode> ancestors = new ArrayDeque<>();
    private final Deque<Frame> frames = new ArrayDeque<>();
    private final Set<SyntaxNode> declarationNames = Collections.newSetFromMap(new IdentityHashMap<>());

    /** What a node passes to its subtree: its container name and kind, the owner, and type parameters in scope. */
    private record Frame(String containerName, SymKind containerKind, Owner owner, Set<String> typeParameters) {}

    Extraction(String path, SyntaxTree tree, LanguageRules rules, System.Logger log) {
        this.path = path;
        this.tree = tree;
        this.rules = rules;
        this.log = log;
        Set<String> declarationTypes = new HashSet<>();
        rules.symbols().forEach(rule -> declarationTypes.add(rule.nodeType()));
        rules.containers().forEach(rule -> declarationTypes.add(rule.nodeType()));
        this.visibilities = new Visibilities(tree, rules, declarationTypes);
        this.references = new ReferenceCollector(tree, rules, declarationNames);
    }

    ExtractedFile run(String languageId, int lineCount) {
        frames.push(new Frame(null, null, Owner.FILE, Set.of()));
        visit(tree.root());
        return new ExtractedFile(
                path,
                languageId,
                PackageNames.of(tree, rules.grammar()),
                lineCount,
                symbols,
                references.finish(symbols),
                references.imports());
    }

    private void visit(SyntaxNode node) {
        Frame frame = frames.peek();
        Owner owner = frame.owner();
        Optional<Integer> declared = declare(node);
        if (declared.isPresent() && OWNERS.contains(symbols.get(declared.get()).kind())) {
            owner = new Owner.Symbol(declared.get());
        }
        ContainerRule container = container(node);
        String containerName = container == null ? null : containerName(container, node);
        if (container != null && !(owner instanceof Owner.Symbol symbol && declared.orElse(-1) == symbol.index())) {
            // A container that declares no symbol (a Rust impl, a Kotlin companion) is owned by the symbol its
            // qualified name names, found once the whole file is read.
            owner = new Owner.Container(qualified(containerName), frame.owner());
        }
        Set<String> typeParameters = typeParameters(node, frame.typeParameters());
        references.collect(node, owner, ancestors, typeParameters);
        frames.push(new Frame(containerName, container == null ? null : container.kind(), owner, typeParameters));
        ancestors.push(node);
        boolean suppressed = references.enterSubtree(node);
        for (SyntaxNode child : node.children()) {
            visit(child);
        }
        references.leaveSubtree(suppressed);
        ancestors.pop();
        frames.pop();
    }

    /** Declares the symbols of the first matching rule; the index of the first one declared. */
    private Optional<Integer> declare(SyntaxNode node) {
        for (SymbolRule rule : rules.symbols()) {
            if (!Declarations.matches(rule, node, ancestors, visibilities)) {
                continue;
            }
            Integer first = null;
            for (SyntaxNode nameNode : rule.name().resolve(node)) {
                declarationNames.add(nameNode);
                Optional<ExtractedSymbol> symbol = symbol(rule, node, nameNode);
                if (symbol.isPresent()) {
                    symbols.add(symbol.get());
                    if (first == null) {
                        first = symbols.size() - 1;
                    }
                }
            }
            return Optional.ofNullable(first);
        }
        return Optional.empty();
    }

    /** One symbol, or empty (with a WARN naming file, line and node type) when its kind or fields cannot be mapped. */
    private Optional<ExtractedSymbol> symbol(SymbolRule rule, SyntaxNode node, SyntaxNode nameNode) {
        try {
            SymKind kind = kind(rule);
            Declarations.Naming naming = Declarations.name(
                            tree,
                            rules.grammar(),
                            node,
                            nameNode,
                            kind,
                            Declarations.qualify(rule, node, containerNames(), tree))
                    .orElseThrow(() -> new IllegalArgumentException("name must not be empty"));
            Visibility visibility = visibilities.of(node, naming.name(), ancestors);
            return Optional.of(new ExtractedSymbol(
                    naming.name(),
                    naming.qualifiedName(),
                    kind,
                    node.startLine(),
                    lastLine(node),
                    naming.signature(),
                    visibility,
                    visibility == Visibility.PUBLIC || visibility == Visibility.EXPORTED,
                    Sha256.hex(tree.text(node)),
                    naming.containers()));
        } catch (IllegalArgumentException | UnmappableKindException e) {
            // IX-27: a symbol that cannot be mapped is dropped alone; the file's other symbols and edges are kept.
            log.log(
                    Level.WARNING,
                    () -> "symbol dropped: " + path + ":" + node.startLine() + " node " + node.type() + ": "
                            + e.getMessage());
            return Optional.empty();
        }
    }

    /** The node's last line; a node that ends with its newline (a C {@code #define}) ends on the line before. */
    private static int lastLine(SyntaxNode node) {
        return node.endColumn() == 0 && node.endLine() > node.startLine() ? node.endLine() - 1 : node.endLine();
    }

    /** The rule's kind in context (IX-27); a declaration can never be a {@code file}. */
    private SymKind kind(SymbolRule rule) {
        SymKind nearest = null;
        for (Frame frame : frames) {
            if (frame.containerKind() != null) {
                nearest = frame.containerKind();
                break;
            }
        }
        SymKind kind = Declarations.kind(rule, nearest);
        if (kind == SymKind.FILE) {
            throw new UnmappableKindException("a declaration cannot have kind " + kind.wireName());
        }
        return kind;
    }

    private List<String> containerNames() {
        List<String> names = new ArrayList<>();
        frames.descendingIterator().forEachRemaining(frame -> {
            if (frame.containerName() != null) {
                names.add(frame.containerName());
            }
        });
        return names;
    }

    private String qualified(String containerName) {
        List<String> names = containerNames();
        if (containerName != null) {
            names.add(containerName);
        }
        return String.join(".", names);
    }

    private ContainerRule container(SyntaxNode node) {
        return Declarations.container(rules, node);
    }

    /** The container's name, as {@link Declarations#containerName} reads it; its name nodes declare nothing. */
    private String containerName(ContainerRule rule, SyntaxNode node) {
        List<SyntaxNode> names = rule.name().resolve(node);
        if (names.isEmpty()) {
            return null;
        }
        declarationNames.addAll(names);
        return Declarations.containerName(tree, names.getFirst());
    }

    /** The type parameters in scope below {@code node}: those in scope above it and those it declares. */
    private Set<String> typeParameters(SyntaxNode node, Set<String> inScope) {
        Set<String> declared = null;
        for (SyntaxNode child : node.children()) {
            if (child.named() && TypeNames.declaresTypeParameters(child.type())) {
                if (declared == null) {
                    declared = new HashSet<>(inScope);
                }
                collectIdentifiers(child, declared);
            }
        }
        return declared == null ? inScope : Set.copyOf(declared);
    }

    private void collectIdentifiers(SyntaxNode node, Set<String> names) {
        for (SyntaxNode child : node.namedChildren()) {
            if (child.type().endsWith("identifier") && child.namedChildren().isEmpty()) {
                names.add(tree.text(child));
            } else if (!child.type().contains("constraint") && !child.type().contains("bound")) {
                collectIdentifiers(child, names);
            }
        }
    }

    /** A symbol kind that cannot be stored for a declaration (IX-27). */
    private static final class UnmappableKindException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnmappableKindException(String message) {
            super(message);
        }
    }
}
