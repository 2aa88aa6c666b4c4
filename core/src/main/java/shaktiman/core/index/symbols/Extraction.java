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

    private static final Set<SymKind> CLASS_LIKE = Set.of(SymKind.CLASS, SymKind.INTERFACE, SymKind.TYPE);
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
        references.collect(node, owner, ancestors, typeParameters(node, frame.typeParameters()));
        frames.push(new Frame(
                containerName,
                container == null ? null : container.kind(),
                owner,
                typeParameters(node, frame.typeParameters())));
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
            if (!matches(rule, node)) {
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

    private boolean matches(SymbolRule rule, SyntaxNode node) {
        if (!rule.nodeType().equals(node.type())) {
            return false;
        }
        for (SyntaxNode ancestor : ancestors) {
            if (rule.notIn().contains(ancestor.type())) {
                return false;
            }
        }
        if (rule.when() != null
                && rule.when().path().resolve(node).stream()
                        .noneMatch(child -> rule.when().types().contains(child.type()))) {
            return false;
        }
        return rule.tokens().isEmpty() || visibilities.keywords(node).containsAll(rule.tokens());
    }

    /** One symbol, or empty (with a WARN naming file, line and node type) when its kind or fields cannot be mapped. */
    private Optional<ExtractedSymbol> symbol(SymbolRule rule, SyntaxNode node, SyntaxNode nameNode) {
        try {
            SymKind kind = kind(rule);
            List<String> containers = containerPath(rule, node);
            String name = Texts.collapse(tree.text(nameNode));
            if (name.contains("::")) {
                // An out-of-line definition (C++ `Circle::perimeter`, Ruby `Admin::User`) names its containers.
                String[] parts = name.split("::", -1);
                for (int i = 0; i < parts.length - 1; i++) {
                    if (!parts[i].isBlank()) {
                        containers.add(Texts.bareName(parts[i]));
                    }
                }
                name = parts[parts.length - 1].strip();
            }
            List<String> qualified = new ArrayList<>(containers);
            qualified.add(name);
            Visibility visibility = visibilities.of(node, name, ancestors);
            return Optional.of(new ExtractedSymbol(
                    name,
                    String.join(".", qualified),
                    kind,
                    node.startLine(),
                    lastLine(node),
                    Signatures.of(tree, rules.grammar(), node, kind),
                    visibility,
                    visibility == Visibility.PUBLIC || visibility == Visibility.EXPORTED,
                    Sha256.hex(tree.text(node)),
                    containers));
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

    /** The rule's kind, or its class kind when the nearest container is a class, interface or type. */
    private SymKind kind(SymbolRule rule) {
        SymKind kind = rule.kind();
        if (rule.inClass() != null) {
            for (Frame frame : frames) {
                if (frame.containerKind() != null) {
                    if (CLASS_LIKE.contains(frame.containerKind())) {
                        kind = rule.inClass();
                    }
                    break;
                }
            }
        }
        if (kind == SymKind.FILE) {
            throw new UnmappableKindException("a declaration cannot have kind " + kind.wireName());
        }
        return kind;
    }

    /** Enclosing container names, outermost first, or the rule's qualifier (a Go receiver) when there are none. */
    private List<String> containerPath(SymbolRule rule, SyntaxNode node) {
        List<String> names = containerNames();
        if (names.isEmpty() && rule.qualifier() != null) {
            rule.qualifier().resolve(node).stream()
                    .findFirst()
                    .map(qualifier -> Texts.bareName(tree.text(qualifier)))
                    .filter(name -> !name.isEmpty())
                    .ifPresent(names::add);
        }
        return names;
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
        for (ContainerRule rule : rules.containers()) {
            if (rule.nodeType().equals(node.type())) {
                return rule;
            }
        }
        return null;
    }

    /** The container's name with generic arguments and decoration dropped and {@code ::} read as {@code .}. */
    private String containerName(ContainerRule rule, SyntaxNode node) {
        List<SyntaxNode> names = rule.name().resolve(node);
        if (names.isEmpty()) {
            return null;
        }
        declarationNames.addAll(names);
        String name = Texts.bareName(tree.text(names.getFirst())).replace("::", ".");
        return name.isEmpty() ? null : name;
    }

    /** The type parameters in scope below {@code node}: those in scope above it and those it declares. */
    private Set<String> typeParameters(SyntaxNode node, Set<String> inScope) {
        Set<String> declared = null;
        for (SyntaxNode child : node.namedChildren()) {
            if (TypeNames.declaresTypeParameters(child.type())) {
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
