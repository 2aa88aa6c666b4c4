package shaktiman.core.index.symbols;

import java.util.List;
import java.util.Map;
import java.util.Set;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.model.syntax.SyntaxNode;
import shaktiman.core.model.syntax.SyntaxTree;

/**
 * Finds the type names inside a type or heritage node (IX-29): each name keeps its qualifier ({@code mod.C}, {@code
 * std::fmt::Display}), generic arguments become {@code type_ref}, type parameters and built-in types are left out.
 */
final class TypeNames {

    /** A type name found, with the edge kind it gets. */
    record Found(SyntaxNode node, String text, EdgeKind kind) {}

    private static final Set<String> NAME_TYPES = Set.of(
            "identifier",
            "type_identifier",
            "constant",
            "name",
            "simple_identifier",
            "scoped_identifier",
            "scoped_type_identifier",
            "nested_type_identifier",
            "qualified_identifier",
            "qualified_name",
            "qualified_type",
            "member_expression",
            "attribute",
            "scope_resolution",
            "user_type",
            "navigation_expression",
            "stable_type_identifier",
            "named_type",
            "namespace_name");

    /** Nodes that only qualify a type name, whose last named child is the name itself. */
    static final Set<String> QUALIFYING_TYPES = Set.of(
            "scoped_identifier",
            "scoped_type_identifier",
            "nested_type_identifier",
            "qualified_identifier",
            "qualified_type",
            "stable_type_identifier");

    private static final Set<String> TYPE_ARGUMENTS =
            Set.of("type_arguments", "type_argument_list", "template_argument_list");

    private static final Set<String> NOT_HERITAGE =
            Set.of("keyword_argument", "value_arguments", "arguments", "comment", "line_comment", "block_comment");

    /**
     * Types the grammar writes as plain identifiers although the language treats them as primitives: Go's predeclared
     * types, Python's built-in classes, Kotlin's and Scala's value classes, Rust's {@code Self}.
     */
    private static final Map<String, Set<String>> BUILT_INS = Map.of(
            "go",
            Set.of(
                    "bool",
                    "byte",
                    "complex64",
                    "complex128",
                    "error",
                    "float32",
                    "float64",
                    "int",
                    "int8",
                    "int16",
                    "int32",
                    "int64",
                    "rune",
                    "string",
                    "uint",
                    "uint8",
                    "uint16",
                    "uint32",
                    "uint64",
                    "uintptr",
                    "any",
                    "comparable"),
            "python",
            Set.of(
                    "int", "str", "bool", "float", "bytes", "complex", "object", "None", "list", "dict", "set", "tuple",
                    "type"),
            "kotlin",
            Set.of("Int", "Long", "Short", "Byte", "Double", "Float", "Boolean", "Char", "Unit", "Any", "Nothing"),
            "scala",
            Set.of(
                    "Int", "Long", "Short", "Byte", "Double", "Float", "Boolean", "Char", "Unit", "Any", "AnyRef",
                    "AnyVal", "Nothing"),
            "rust",
            Set.of("Self"),
            "php",
            Set.of("self", "static", "parent"));

    private final SyntaxTree tree;
    private final Set<String> builtIns;

    TypeNames(SyntaxTree tree, String grammar) {
        this.tree = tree;
        this.builtIns = BUILT_INS.getOrDefault(grammar, Set.of());
    }

    /** Whether {@code type} declares type parameters, whose names are not references. */
    static boolean declaresTypeParameters(String type) {
        return type.contains("type_parameter") || type.contains("template_parameter");
    }

    /**
     * The type names inside {@code root}: each gets {@code kind}, except those inside generic arguments, which are
     * {@code type_ref}.
     *
     * @param typeParameters names of the type parameters in scope, which are not references
     */
    void collect(SyntaxNode root, EdgeKind kind, Set<String> typeParameters, List<Found> found) {
        if (declaresTypeParameters(root.type())) {
            return;
        }
        if (isTypeName(root)) {
            String text = Texts.collapse(tree.text(root));
            if (!typeParameters.contains(text) && !builtIns.contains(text)) {
                found.add(new Found(root, text, kind));
            }
            return;
        }
        for (SyntaxNode child : root.namedChildren()) {
            if (kind != EdgeKind.TYPE_REF && NOT_HERITAGE.contains(child.type())) {
                continue;
            }
            collect(child, TYPE_ARGUMENTS.contains(child.type()) ? EdgeKind.TYPE_REF : kind, typeParameters, found);
        }
    }

    private boolean isTypeName(SyntaxNode node) {
        if (!node.named() || !NAME_TYPES.contains(node.type())) {
            return false;
        }
        return Texts.isQualifiedName(Texts.collapse(tree.text(node)));
    }
}
