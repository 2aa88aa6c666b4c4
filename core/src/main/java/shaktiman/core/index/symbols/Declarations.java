package shaktiman.core.index.symbols;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import shaktiman.core.index.lang.LanguageRules;
import shaktiman.core.index.lang.LanguageRules.ContainerRule;
import shaktiman.core.index.lang.LanguageRules.SymbolRule;
import shaktiman.core.model.SymKind;
import shaktiman.core.model.syntax.SyntaxNode;
import shaktiman.core.model.syntax.SyntaxTree;

/**
 * How a declaration is named (IX-28): which symbol rule applies, the kind in context, the bare and qualified names and
 * the signature. The symbol extractor and the chunker's table rules both name declarations here, so a chunk's names are
 * those of the symbol it holds.
 */
public final class Declarations {

    private static final Set<SymKind> CLASS_LIKE = Set.of(SymKind.CLASS, SymKind.INTERFACE, SymKind.TYPE);

    private Declarations() {}

    /**
     * A declaration's names.
     *
     * @param kind the symbol kind in context (a function in a class is a method)
     * @param name the bare name
     * @param qualifiedName the enclosing containers' names and then {@code name}, joined with {@code .}
     * @param containers the enclosing containers' names, outermost first
     * @param signature IX-28's signature; empty for anything that is not a function or method
     */
    public record Naming(SymKind kind, String name, String qualifiedName, List<String> containers, String signature) {
        public Naming {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(qualifiedName, "qualifiedName");
            Objects.requireNonNull(signature, "signature");
            containers = List.copyOf(containers);
        }
    }

    /**
     * Names {@code node} as {@link SymbolExtractor} names the first symbol it declares there: the first symbol rule
     * that matches the node in its context, and the first name that rule's path reaches.
     *
     * @param ancestors the nodes from the root (first) down to the node's parent (last)
     * @return the naming; empty when no symbol rule matches the node, its name path reaches nothing, or its kind cannot
     *     be stored
     */
    public static Optional<Naming> describe(
            SyntaxNode node, List<SyntaxNode> ancestors, SyntaxTree tree, LanguageRules rules) {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(ancestors, "ancestors");
        Objects.requireNonNull(tree, "tree");
        Objects.requireNonNull(rules, "rules");
        Visibilities keywords = new Visibilities(tree, rules, Set.of());
        for (SymbolRule rule : rules.symbols()) {
            if (!matches(rule, node, ancestors, keywords)) {
                continue;
            }
            List<SyntaxNode> names = rule.name().resolve(node);
            if (names.isEmpty()) {
                return Optional.empty();
            }
            SymKind nearest = null;
            List<String> containers = new ArrayList<>();
            for (SyntaxNode ancestor : ancestors) {
                ContainerRule container = container(rules, ancestor);
                if (container != null) {
                    nearest = container.kind();
                    List<SyntaxNode> containerNames = container.name().resolve(ancestor);
                    if (!containerNames.isEmpty()) {
                        String name = containerName(tree, containerNames.getFirst());
                        if (name != null) {
                            containers.add(name);
                        }
                    }
                }
            }
            SymKind kind = kind(rule, nearest);
            if (kind == SymKind.FILE) {
                return Optional.empty();
            }
            return name(tree, rules.grammar(), node, names.getFirst(), kind, qualify(rule, node, containers, tree));
        }
        return Optional.empty();
    }

    /** Whether {@code rule} applies to {@code node} under {@code ancestors} (any order). */
    static boolean matches(SymbolRule rule, SyntaxNode node, Iterable<SyntaxNode> ancestors, Visibilities keywords) {
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
        return rule.tokens().isEmpty() || keywords.keywords(node).containsAll(rule.tokens());
    }

    /**
     * The rule's kind, or its class kind when the nearest container is a class, interface or type.
     *
     * @param nearestContainer the kind of the nearest enclosing container; null if there is none
     */
    static SymKind kind(SymbolRule rule, SymKind nearestContainer) {
        if (rule.inClass() != null && nearestContainer != null && CLASS_LIKE.contains(nearestContainer)) {
            return rule.inClass();
        }
        return rule.kind();
    }

    /** {@code containers}, or the rule's qualifier (a Go receiver's type) when there are none; a new mutable list. */
    static List<String> qualify(SymbolRule rule, SyntaxNode node, List<String> containers, SyntaxTree tree) {
        List<String> names = new ArrayList<>(containers);
        if (names.isEmpty() && rule.qualifier() != null) {
            rule.qualifier().resolve(node).stream()
                    .findFirst()
                    .map(qualifier -> Texts.bareName(tree.text(qualifier)))
                    .filter(name -> !name.isEmpty())
                    .ifPresent(names::add);
        }
        return names;
    }

    /**
     * The naming of a declaration whose name node is {@code nameNode}, inside {@code containers}; empty when the name
     * is empty.
     */
    static Optional<Naming> name(
            SyntaxTree tree,
            String grammar,
            SyntaxNode node,
            SyntaxNode nameNode,
            SymKind kind,
            List<String> containers) {
        List<String> enclosing = new ArrayList<>(containers);
        String name = Texts.collapse(tree.text(nameNode));
        if (name.contains("::")) {
            // An out-of-line definition (C++ `Circle::perimeter`, Ruby `Admin::User`) names its containers.
            String[] parts = name.split("::", -1);
            for (int i = 0; i < parts.length - 1; i++) {
                if (!parts[i].isBlank()) {
                    enclosing.add(Texts.bareName(parts[i]));
                }
            }
            name = parts[parts.length - 1].strip();
        }
        if (name.isEmpty()) {
            return Optional.empty();
        }
        List<String> qualified = new ArrayList<>(enclosing);
        qualified.add(name);
        return Optional.of(new Naming(
                kind, name, String.join(".", qualified), enclosing, Signatures.of(tree, grammar, node, kind)));
    }

    /** The first container rule for {@code node}'s type; null if none. */
    public static ContainerRule container(LanguageRules rules, SyntaxNode node) {
        for (ContainerRule rule : rules.containers()) {
            if (rule.nodeType().equals(node.type())) {
                return rule;
            }
        }
        return null;
    }

    /** A container's name with generic arguments and decoration dropped and {@code ::} read as {@code .}; or null. */
    public static String containerName(SyntaxTree tree, SyntaxNode nameNode) {
        String name = Texts.bareName(tree.text(nameNode)).replace("::", ".");
        return name.isEmpty() ? null : name;
    }
}
