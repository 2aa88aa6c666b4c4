package shaktiman.core.index.chunk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import shaktiman.core.model.ChunkKind;
import shaktiman.core.model.syntax.SyntaxNode;
import shaktiman.core.model.syntax.SyntaxTree;

/** The chunk rules of {@link ToyParser}'s language: functions, classes, modules and lambdas are units. */
final class ToyRules implements ChunkRules {

    private static final Set<String> UNITS = Set.of("function", "class", "module", "lambda");

    private final Set<String> headers;

    /** The toy rules, whose header nodes are {@code package}, {@code import} and {@code docstring}. */
    ToyRules() {
        this(Set.of("package", "import", "docstring"));
    }

    /** The toy rules with other header node types. */
    ToyRules(Set<String> headers) {
        this.headers = Set.copyOf(headers);
    }

    @Override
    public boolean isUnit(SyntaxNode node) {
        return UNITS.contains(node.type());
    }

    @Override
    public ChunkUnit describe(SyntaxNode unit, List<SyntaxNode> ancestors, SyntaxTree tree) {
        String name = unit.child("name").map(tree::text).orElse(null);
        if (unit.type().equals("lambda")
                && !ancestors.isEmpty()
                && ancestors.getLast().type().equals("let")) {
            name = ancestors.getLast().child("name").map(tree::text).orElse(null);
        }
        List<String> qualifiers = new ArrayList<>();
        SyntaxNode enclosing = null;
        for (SyntaxNode ancestor : ancestors) {
            if (isUnit(ancestor)) {
                enclosing = ancestor;
                ancestor.child("name").map(tree::text).ifPresent(qualifiers::add);
            }
        }
        ChunkKind kind = switch (unit.type()) {
            case "class" -> ChunkKind.CLASS;
            case "module" -> ChunkKind.NAMESPACE;
            case "function" ->
                enclosing != null && enclosing.type().equals("class") ? ChunkKind.METHOD : ChunkKind.FUNCTION;
            default -> ChunkKind.FUNCTION;
        };
        String signature = unit.child("params").map(tree::text).orElse(null);
        String qualified =
                name == null ? null : String.join(".", qualifiers) + (qualifiers.isEmpty() ? "" : ".") + name;
        return new ChunkUnit(kind, name, qualified, signature);
    }

    @Override
    public boolean isWrapper(SyntaxNode node) {
        return node.type().equals("export") || node.type().equals("preproc_if");
    }

    @Override
    public boolean isComment(SyntaxNode node) {
        return node.type().equals("comment");
    }

    @Override
    public boolean isHeader(SyntaxNode node, SyntaxTree tree) {
        return headers.contains(node.type());
    }
}
