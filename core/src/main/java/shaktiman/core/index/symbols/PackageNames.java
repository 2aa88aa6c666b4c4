package shaktiman.core.index.symbols;

import java.util.Optional;
import shaktiman.core.model.syntax.SyntaxNode;
import shaktiman.core.model.syntax.SyntaxTree;

/** The package or namespace a file declares ({@code files.package}, IX-30's tier 3), from its top-level nodes. */
final class PackageNames {

    private PackageNames() {}

    /** The declared package, such as {@code com.example}, {@code server} or {@code App\Users}; empty if none. */
    static String of(SyntaxTree tree, String grammar) {
        for (SyntaxNode node : tree.root().namedChildren()) {
            Optional<SyntaxNode> name = switch (grammar) {
                case "go" -> ofType(node, "package_clause").flatMap(clause -> firstNamed(clause));
                case "java" -> ofType(node, "package_declaration").flatMap(PackageNames::firstNamed);
                case "kotlin" -> ofType(node, "package_header").flatMap(PackageNames::firstNamed);
                case "scala" -> ofType(node, "package_clause").flatMap(clause -> clause.child("name"));
                case "csharp" ->
                    ofType(node, "namespace_declaration")
                            .or(() -> ofType(node, "file_scoped_namespace_declaration"))
                            .flatMap(declaration -> declaration.child("name"));
                case "php", "cpp" ->
                    ofType(node, "namespace_definition").flatMap(definition -> definition.child("name"));
                default -> Optional.empty();
            };
            if (name.isPresent()) {
                return Texts.collapse(tree.text(name.get())).replace(" ", "");
            }
        }
        return "";
    }

    private static Optional<SyntaxNode> ofType(SyntaxNode node, String type) {
        return node.type().equals(type) ? Optional.of(node) : Optional.empty();
    }

    private static Optional<SyntaxNode> firstNamed(SyntaxNode node) {
        return node.namedChildren().stream()
                .filter(child ->
                        !child.type().endsWith("comment") && !child.type().endsWith("annotation"))
                .findFirst();
    }
}
