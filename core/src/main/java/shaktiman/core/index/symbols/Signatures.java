package shaktiman.core.index.symbols;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import shaktiman.core.model.SymKind;
import shaktiman.core.model.syntax.SyntaxNode;
import shaktiman.core.model.syntax.SyntaxTree;

/**
 * IX-28's signature: {@code (<parameters>)}, then {@code : <type>} when the language declares a return type. The
 * grammars name parameters and return types differently, so this class knows where each grammar keeps them.
 */
final class Signatures {

    /** The longest signature, in code points, the ellipsis included. */
    static final int MAX_CODE_POINTS = 300;

    private static final Set<String> KOTLIN_TYPES =
            Set.of("user_type", "nullable_type", "function_type", "parenthesized_type", "non_nullable_type", "dynamic");

    private Signatures() {}

    /** The signature of a declaration of {@code kind}; empty unless it is a function or method. */
    static String of(SyntaxTree tree, String grammar, SyntaxNode declaration, SymKind kind) {
        if (kind != SymKind.FUNCTION && kind != SymKind.METHOD) {
            return "";
        }
        SyntaxNode callable = declaration;
        if (declaration.type().equals("variable_declarator")) {
            callable = declaration.child("value").orElse(declaration);
        }
        String signature = switch (grammar) {
            case "c", "cpp" -> cSignature(tree, callable);
            case "kotlin" -> kotlinSignature(tree, callable);
            default -> parameters(tree, callable) + returnType(tree, grammar, callable);
        };
        return cut(Texts.collapse(signature));
    }

    private static String parameters(SyntaxTree tree, SyntaxNode callable) {
        List<SyntaxNode> lists = callable.children("parameters");
        if (lists.isEmpty()) {
            // A TS/JS arrow function with one bare parameter: `x => x`.
            return callable.child("parameter")
                    .map(node -> "(" + tree.text(node) + ")")
                    .orElse("()");
        }
        StringBuilder joined = new StringBuilder();
        for (SyntaxNode list : lists) {
            joined.append(parenthesised(tree.text(list)));
        }
        return joined.toString();
    }

    private static String returnType(SyntaxTree tree, String grammar, SyntaxNode callable) {
        String field = switch (grammar) {
            case "go" -> "result";
            case "java" -> callable.type().equals("method_declaration") ? "type" : null;
            case "csharp" -> "returns";
            case "typescript", "tsx", "python", "rust", "php", "scala" -> "return_type";
            default -> null;
        };
        if (field == null) {
            return "";
        }
        return callable.child(field).map(node -> typeSuffix(tree.text(node))).orElse("");
    }

    /** C and C++ keep the parameters on the function declarator and the return type split around the declarators. */
    private static String cSignature(SyntaxTree tree, SyntaxNode declaration) {
        StringBuilder pointers = new StringBuilder();
        SyntaxNode at = declaration.child("declarator").orElse(null);
        while (at != null && !at.type().equals("function_declarator")) {
            switch (at.type()) {
                case "pointer_declarator" -> pointers.append('*');
                case "reference_declarator" -> pointers.append('&');
                default -> {}
            }
            at = at.child("declarator").orElse(null);
        }
        if (at == null) {
            // A function-like macro keeps its parameters on the definition.
            return declaration.child("parameters").map(node -> tree.text(node)).orElse("()");
        }
        String parameters = at.child("parameters").map(node -> tree.text(node)).orElse("()");
        Optional<SyntaxNode> type = declaration.child("type");
        if (type.isEmpty()) {
            return parameters;
        }
        String returned = tree.text(type.get()) + (pointers.isEmpty() ? "" : " " + pointers);
        return parameters + ": " + returned;
    }

    /** Kotlin's grammar has no fields: the parameters node, then the type after it, before the body. */
    private static String kotlinSignature(SyntaxTree tree, SyntaxNode declaration) {
        List<SyntaxNode> children = declaration.namedChildren();
        String parameters = "()";
        String returned = "";
        for (int i = 0; i < children.size(); i++) {
            if (children.get(i).type().equals("function_value_parameters")) {
                parameters = tree.text(children.get(i));
                if (i + 1 < children.size()
                        && KOTLIN_TYPES.contains(children.get(i + 1).type())) {
                    returned = ": " + tree.text(children.get(i + 1));
                }
                break;
            }
        }
        return parameters + returned;
    }

    /** {@code : <type>}, without doubling a {@code :} or {@code ->} the grammar keeps inside the node (TS, Python). */
    private static String typeSuffix(String typeText) {
        String type = typeText.strip();
        if (type.startsWith(":")) {
            type = type.substring(1).strip();
        } else if (type.startsWith("->")) {
            type = type.substring(2).strip();
        }
        return type.isEmpty() ? "" : ": " + type;
    }

    private static String parenthesised(String text) {
        String stripped = text.strip();
        return stripped.startsWith("(") ? stripped : "(" + stripped + ")";
    }

    /** At most {@link #MAX_CODE_POINTS} code points: longer text keeps its first 299 and ends with {@code …}. */
    static String cut(String text) {
        if (text.codePointCount(0, text.length()) <= MAX_CODE_POINTS) {
            return text;
        }
        int end = text.offsetByCodePoints(0, MAX_CODE_POINTS - 1);
        return text.substring(0, end) + "…";
    }
}
