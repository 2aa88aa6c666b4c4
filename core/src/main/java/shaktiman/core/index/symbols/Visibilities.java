package shaktiman.core.index.symbols;

import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import shaktiman.core.index.lang.LanguageRules;
import shaktiman.core.index.lang.LanguageRules.VisibilityRule;
import shaktiman.core.model.Visibility;
import shaktiman.core.model.syntax.SyntaxNode;
import shaktiman.core.model.syntax.SyntaxTree;

/** Applies the language table's visibility rules (IX-28, T-29) to one declaration. */
final class Visibilities {

    private final SyntaxTree tree;
    private final LanguageRules rules;
    private final Set<String> declarationTypes;

    /**
     * @param declarationTypes node types of symbols and containers: the search for a {@code parent} rule's node stops
     *     at the first of them, so a method of an exported class is not itself exported
     */
    Visibilities(SyntaxTree tree, LanguageRules rules, Set<String> declarationTypes) {
        this.tree = tree;
        this.rules = rules;
        this.declarationTypes = declarationTypes;
    }

    /**
     * The visibility of {@code declaration} named {@code name}; public when no rule decides.
     *
     * @param ancestors the declaration's ancestors, innermost first
     */
    Visibility of(SyntaxNode declaration, String name, Deque<SyntaxNode> ancestors) {
        for (VisibilityRule rule : rules.visibility()) {
            Map<String, Visibility> mapping = rule.mapping();
            Visibility decided = switch (rule.style()) {
                case DEFAULT -> mapping.get("value");
                case KEYWORD -> byKeyword(declaration, mapping);
                case PARENT -> underParent(ancestors, rule.nodeType()) ? mapping.get("value") : null;
                case NAME_CASE -> byCase(name, mapping);
                case UNDERSCORE -> isUnderscored(name) ? mapping.get("value") : null;
                case NODE_TEXT -> byNodeText(declaration, rule.nodeType(), mapping);
            };
            if (decided != null) {
                return decided;
            }
        }
        return Visibility.PUBLIC;
    }

    private Visibility byKeyword(SyntaxNode declaration, Map<String, Visibility> mapping) {
        for (String keyword : keywords(declaration)) {
            Visibility visibility = mapping.get(keyword);
            if (visibility != null && !keyword.equals("default")) {
                return visibility;
            }
        }
        return mapping.get("default");
    }

    /**
     * The keywords a declaration carries, in source order: its own anonymous children and, recursively, those inside
     * its modifier nodes; a modifier node with no children counts by its text (Kotlin's {@code const}).
     */
    List<String> keywords(SyntaxNode declaration) {
        List<String> keywords = new ArrayList<>();
        collect(declaration, keywords);
        return keywords;
    }

    private void collect(SyntaxNode node, List<String> keywords) {
        for (SyntaxNode child : node.children()) {
            if (!child.named()) {
                keywords.add(child.type());
            } else if (rules.modifiers().contains(child.type())) {
                if (child.children().isEmpty()) {
                    keywords.add(tree.text(child));
                } else {
                    collect(child, keywords);
                }
            }
        }
    }

    private boolean underParent(Deque<SyntaxNode> ancestors, String nodeType) {
        for (SyntaxNode ancestor : ancestors) {
            if (ancestor.type().equals(nodeType)) {
                return true;
            }
            if (declarationTypes.contains(ancestor.type())) {
                return false;
            }
        }
        return false;
    }

    private static Visibility byCase(String name, Map<String, Visibility> mapping) {
        if (name.isEmpty()) {
            return null;
        }
        return Character.isUpperCase(name.codePointAt(0)) ? mapping.get("upper") : mapping.get("lower");
    }

    private static boolean isUnderscored(String name) {
        boolean dunder = name.length() > 4 && name.startsWith("__") && name.endsWith("__");
        return name.startsWith("_") && !dunder;
    }

    private Visibility byNodeText(SyntaxNode declaration, String nodeType, Map<String, Visibility> mapping) {
        for (SyntaxNode child : declaration.namedChildren()) {
            if (!child.type().equals(nodeType)) {
                continue;
            }
            String text = Texts.collapse(tree.text(child)).replace(" ", "");
            Visibility exact = mapping.get(text);
            if (exact != null) {
                return exact;
            }
            for (Map.Entry<String, Visibility> entry : mapping.entrySet()) {
                String key = entry.getKey();
                if (key.endsWith("(*)") && text.startsWith(key.substring(0, key.length() - 2))) {
                    return entry.getValue();
                }
            }
        }
        return mapping.get("default");
    }
}
