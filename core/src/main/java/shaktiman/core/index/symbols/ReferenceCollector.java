package shaktiman.core.index.symbols;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import shaktiman.core.index.lang.LanguageRules;
import shaktiman.core.index.lang.LanguageRules.ReferenceRule;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.model.SymKind;
import shaktiman.core.model.syntax.SyntaxNode;
import shaktiman.core.model.syntax.SyntaxTree;

/**
 * Turns the table's reference rules into IX-29 references as the walk reaches each node, and builds the file's import
 * table. Owners are settled, import-qualified names filled in and {@code type_ref} deduplicated in {@link #finish}.
 */
final class ReferenceCollector {

    private static final Set<String> RECEIVER_FIELDS = Set.of("object", "receiver", "scope");
    private static final Set<String> SELF_CALLS = Set.of("super", "this", "self");
    private static final Set<SymKind> CONTAINER_OWNERS =
            Set.of(SymKind.CLASS, SymKind.INTERFACE, SymKind.TYPE, SymKind.NAMESPACE);

    private final SyntaxTree tree;
    private final LanguageRules rules;
    private final Set<SyntaxNode> declarationNames;
    private final ImportReader importReader;
    private final TypeNames typeNames;
    private final String separator;
    private final List<Pending> pending = new ArrayList<>();
    private final List<ImportBinding> bindings = new ArrayList<>();
    // By identity: a record's hashCode walks the node's whole subtree, and this set is asked about every node.
    private final Set<SyntaxNode> typeRefRoots = Collections.newSetFromMap(new IdentityHashMap<>());
    private int typeRefSuppression;

    /** A reference whose owner may still be a container to look up. */
    private record Pending(Owner owner, ExtractedReference reference) {}

    ReferenceCollector(SyntaxTree tree, LanguageRules rules, Set<SyntaxNode> declarationNames) {
        this.tree = tree;
        this.rules = rules;
        this.declarationNames = declarationNames;
        this.importReader = new ImportReader(tree, rules.grammar());
        this.typeNames = new TypeNames(tree, rules.grammar());
        this.separator = ImportReader.separator(rules.grammar());
    }

    /**
     * Records the references {@code node} makes, by the first reference rule that matches it.
     *
     * @param ancestors the node's ancestors, innermost first
     * @param typeParameters the type parameter names in scope
     */
    void collect(SyntaxNode node, Owner owner, Deque<SyntaxNode> ancestors, Set<String> typeParameters) {
        for (ReferenceRule rule : rules.references()) {
            if (!rule.nodeType().equals(node.type())) {
                continue;
            }
            List<SyntaxNode> targets = rule.target() == null
                    ? List.of()
                    : rule.target().resolve(node).stream()
                            .filter(SyntaxNode::named)
                            .toList();
            if (rule.target() != null && targets.isEmpty()) {
                continue;
            }
            if (!rule.names().isEmpty()
                    && targets.stream().noneMatch(target -> rule.names().contains(tree.text(target)))) {
                continue;
            }
            switch (rule.kind()) {
                case IMPORTS -> imports(node, targets);
                case CALLS -> call(node, targets.getFirst(), owner);
                case INHERITS, IMPLEMENTS ->
                    heritage(rule.target() == null ? List.of(node) : targets, rule.kind(), owner, typeParameters);
                case TYPE_REF -> typeRef(node, rule.target() == null, targets, owner, ancestors, typeParameters);
            }
            return;
        }
    }

    /** Enters a node's subtree; true when type names inside it are already accounted for. */
    boolean enterSubtree(SyntaxNode node) {
        boolean suppressed = typeRefRoots.contains(node);
        if (suppressed) {
            typeRefSuppression++;
        }
        return suppressed;
    }

    void leaveSubtree(boolean suppressed) {
        if (suppressed) {
            typeRefSuppression--;
        }
    }

    FileImports imports() {
        return new FileImports(bindings);
    }

    /** The references with owners settled against {@code symbols}, import-qualified names and type_ref deduplicated. */
    List<ExtractedReference> finish(List<ExtractedSymbol> symbols) {
        FileImports imports = imports();
        Map<String, ExtractedReference> typeRefs = new LinkedHashMap<>();
        List<ExtractedReference> result = new ArrayList<>();
        for (Pending entry : pending) {
            ExtractedReference reference = entry.reference().withOwner(ownerIndex(entry.owner(), symbols));
            if (reference.kind() != EdgeKind.IMPORTS) {
                reference = reference.withImportQualifiedName(importQualifiedName(reference, imports));
            }
            if (reference.kind() == EdgeKind.TYPE_REF) {
                String key = reference.ownerIndex() + "\u0000" + reference.text();
                if (typeRefs.putIfAbsent(key, reference) != null) {
                    continue;
                }
            }
            result.add(reference);
        }
        return result;
    }

    private void imports(SyntaxNode node, List<SyntaxNode> targets) {
        for (ImportBinding binding : importReader.read(node, targets)) {
            bindings.add(binding);
            boolean member = binding.scope() == ImportBinding.Scope.MEMBER;
            String target = member ? binding.importedName() : lastPathSegment(binding.specifier());
            String qualifier = member ? binding.specifier() : pathQualifier(binding.specifier());
            boolean separateName = member
                    && Set.of("typescript", "tsx", "javascript", "python", "scala")
                            .contains(rules.grammar());
            String text = separateName ? binding.importedName() : binding.qualifiedName();
            add(
                    Owner.FILE,
                    new ExtractedReference(
                            ExtractedReference.FILE_OWNER,
                            EdgeKind.IMPORTS,
                            text,
                            target,
                            qualifier,
                            binding.qualifiedName(),
                            binding.line()));
        }
    }

    private void call(SyntaxNode node, SyntaxNode target, Owner owner) {
        boolean receiverSplit = node.children().stream()
                .anyMatch(child -> child.named()
                        && child.endChar() <= target.startChar()
                        && RECEIVER_FIELDS.contains(child.field()));
        String text = Texts.collapse(
                receiverSplit ? tree.text().substring(node.startChar(), target.endChar()) : tree.text(target));
        text = withoutTypeArguments(text.startsWith("new ") ? text.substring(4).strip() : text);
        String[] split = Texts.splitLast(text);
        // A constructor call names a type already; it is not a type_ref as well.
        typeRefRoots.add(target);
        if (!Texts.isName(split[1]) || split[0].isEmpty() && SELF_CALLS.contains(split[1])) {
            return;
        }
        add(owner, reference(EdgeKind.CALLS, text, split, target.startLine()));
    }

    private void heritage(List<SyntaxNode> roots, EdgeKind kind, Owner owner, Set<String> typeParameters) {
        for (SyntaxNode root : roots) {
            typeRefRoots.add(root);
            List<TypeNames.Found> found = new ArrayList<>();
            typeNames.collect(root, kind, typeParameters, found);
            found.forEach(name ->
                    add(owner, reference(name.kind(), name.text(), name.node().startLine())));
        }
    }

    private void typeRef(
            SyntaxNode node,
            boolean wholeNode,
            List<SyntaxNode> targets,
            Owner owner,
            Deque<SyntaxNode> ancestors,
            Set<String> typeParameters) {
        if (typeRefSuppression > 0 || typeRefRoots.contains(node)) {
            return;
        }
        List<SyntaxNode> roots = targets;
        if (wholeNode) {
            Optional<SyntaxNode> root = qualifiedRoot(node, ancestors);
            if (root.isEmpty()) {
                return;
            }
            roots = List.of(root.get());
        }
        for (SyntaxNode root : roots) {
            if (declarationNames.contains(root)) {
                continue;
            }
            typeRefRoots.add(root);
            List<TypeNames.Found> found = new ArrayList<>();
            typeNames.collect(root, EdgeKind.TYPE_REF, typeParameters, found);
            found.forEach(name -> add(
                    owner, reference(EdgeKind.TYPE_REF, name.text(), name.node().startLine())));
        }
    }

    /**
     * The node whose text names the type {@code node} names: itself, or the qualified type it ends ({@code
     * http.ResponseWriter}, {@code std::fmt::Display}); empty when it is only a qualifier's part.
     */
    private static Optional<SyntaxNode> qualifiedRoot(SyntaxNode node, Deque<SyntaxNode> ancestors) {
        SyntaxNode current = node;
        Iterator<SyntaxNode> up = ancestors.iterator();
        while (up.hasNext()) {
            SyntaxNode parent = up.next();
            if (!TypeNames.QUALIFYING_TYPES.contains(parent.type())) {
                break;
            }
            List<SyntaxNode> named = parent.namedChildren();
            if (named.isEmpty() || named.getLast() != current) {
                return Optional.empty();
            }
            current = parent;
        }
        return Optional.of(current);
    }

    private ExtractedReference reference(EdgeKind kind, String text, int line) {
        return reference(kind, text, Texts.splitLast(text), line);
    }

    private static ExtractedReference reference(EdgeKind kind, String text, String[] split, int line) {
        return new ExtractedReference(ExtractedReference.FILE_OWNER, kind, text, split[1], split[0], "", line);
    }

    private void add(Owner owner, ExtractedReference reference) {
        pending.add(new Pending(owner, reference));
    }

    private static int ownerIndex(Owner owner, List<ExtractedSymbol> symbols) {
        return switch (owner) {
            case Owner.File file -> ExtractedReference.FILE_OWNER;
            case Owner.Symbol symbol -> symbol.index();
            case Owner.Container container -> {
                for (int i = 0; i < symbols.size(); i++) {
                    ExtractedSymbol symbol = symbols.get(i);
                    if (symbol.qualifiedName().equals(container.qualifiedName())
                            && CONTAINER_OWNERS.contains(symbol.kind())) {
                        yield i;
                    }
                }
                yield ownerIndex(container.fallback(), symbols);
            }
        };
    }

    /**
     * IX-29's import-qualified name of a reference that goes through an import: its target or its qualifier's first
     * segment is an imported name.
     */
    private String importQualifiedName(ExtractedReference reference, FileImports imports) {
        if (reference.qualifier().isEmpty()) {
            return imports.byLocalName(reference.target())
                    .map(ImportBinding::qualifiedName)
                    .orElse("");
        }
        String first = Texts.firstSegment(reference.qualifier());
        Optional<ImportBinding> binding = imports.byLocalName(first);
        if (binding.isEmpty()) {
            return "";
        }
        List<String> rest = Texts.segmentsAfterFirst(reference.text());
        String base = binding.get().qualifiedName();
        if (binding.get().scope() == ImportBinding.Scope.WHOLE_MODULE
                && binding.get().specifier().startsWith(first + ".")) {
            // Python's `import os.path` binds `os`, so `os.path.join` already spells the module out.
            return reference.text();
        }
        return base + separator + String.join(separator, rest);
    }

    /** Drops trailing generic arguments: {@code mutable.Map[Long, User]} → {@code mutable.Map}. */
    private static String withoutTypeArguments(String text) {
        String current = text;
        while (current.endsWith(">") || current.endsWith("]")) {
            char close = current.charAt(current.length() - 1);
            char open = close == '>' ? '<' : '[';
            int depth = 0;
            int at = current.length() - 1;
            for (; at >= 0; at--) {
                char c = current.charAt(at);
                if (c == close) {
                    depth++;
                } else if (c == open && --depth == 0) {
                    break;
                }
            }
            if (at <= 0) {
                return current;
            }
            current = current.substring(0, at).strip();
        }
        return current;
    }

    private String lastPathSegment(String specifier) {
        String[] split = splitPath(specifier);
        return split[1].isEmpty() ? specifier : split[1];
    }

    private String pathQualifier(String specifier) {
        return splitPath(specifier)[0];
    }

    /**
     * Splits a module specifier at its last path separator (not a leading one): {@code /} for paths (TS/JS, Ruby,
     * Bash, Go, C/C++ includes), else the language's member separator.
     */
    private String[] splitPath(String specifier) {
        String[] separators = switch (rules.grammar()) {
            case "typescript", "tsx", "javascript", "ruby", "bash", "go" -> new String[] {"/"};
            case "c", "cpp" -> new String[] {"/", "::"};
            default -> new String[] {separator};
        };
        int cut = -1;
        int width = 0;
        for (String mark : separators) {
            int at = specifier.lastIndexOf(mark);
            if (at > cut && at > 0 && at + mark.length() < specifier.length()) {
                cut = at;
                width = mark.length();
            }
        }
        if (cut < 0) {
            return new String[] {"", specifier};
        }
        return new String[] {specifier.substring(0, cut), specifier.substring(cut + width)};
    }
}
