package shaktiman.core.index.symbols;

import java.util.ArrayList;
import java.util.List;
import shaktiman.core.index.symbols.ImportBinding.Scope;
import shaktiman.core.model.syntax.SyntaxNode;
import shaktiman.core.model.syntax.SyntaxTree;

/**
 * Reads the names an import node brings in (IX-29). The table says which nodes are imports and where their specifier
 * is; how a statement's names, aliases and wildcards are laid out differs in every grammar, so that part is here.
 */
final class ImportReader {

    private final SyntaxTree tree;
    private final String grammar;
    private final String separator;

    ImportReader(SyntaxTree tree, String grammar) {
        this.tree = tree;
        this.grammar = grammar;
        this.separator = separator(grammar);
    }

    /** IX-29's member separator of a grammar: {@code .}, {@code ::}, {@code \} or {@code /}. */
    static String separator(String grammar) {
        return switch (grammar) {
            case "rust", "cpp", "c" -> "::";
            case "php" -> "\\";
            case "typescript", "tsx", "javascript", "ruby", "bash" -> "/";
            default -> ".";
        };
    }

    /**
     * The bindings of an import node.
     *
     * @param targets the nodes the table's {@code target=} path reaches from it
     */
    List<ImportBinding> read(SyntaxNode node, List<SyntaxNode> targets) {
        List<ImportBinding> bindings = new ArrayList<>();
        int line = node.startLine();
        switch (grammar) {
            case "typescript", "tsx", "javascript" -> readEcmaScript(node, line, bindings);
            case "python" -> readPython(node, line, bindings);
            case "go" -> readGo(node, line, bindings);
            case "rust" -> targets.forEach(target -> readRustTree(target, "", line, bindings));
            case "java", "kotlin" -> readDotted(node, line, bindings);
            case "scala" -> readScala(node, line, bindings);
            case "csharp" -> readCSharp(node, line, bindings);
            case "cpp" -> readCppUsing(node, line, bindings);
            case "c" -> targets.forEach(target -> whole(unquote(tree.text(target)), "", line, bindings));
            case "php" -> readPhp(node, line, bindings);
            case "ruby", "bash" -> readLoad(node, line, bindings);
            default -> throw new IllegalStateException("no import layout for grammar " + grammar);
        }
        return bindings;
    }

    private void readEcmaScript(SyntaxNode node, int line, List<ImportBinding> bindings) {
        String source = node.child("source").map(this::stringContent).orElse("");
        if (source.isEmpty()) {
            return;
        }
        SyntaxNode clause = firstNamed(node, "import_clause");
        if (clause == null) {
            whole(source, "", line, bindings);
            return;
        }
        for (SyntaxNode part : clause.namedChildren()) {
            switch (part.type()) {
                case "identifier" -> whole(source, tree.text(part), line, bindings);
                case "namespace_import" -> {
                    SyntaxNode local = firstNamed(part, "identifier");
                    whole(source, local == null ? "" : tree.text(local), line, bindings);
                }
                case "named_imports" -> {
                    for (SyntaxNode specifier : part.namedChildren()) {
                        if (specifier.type().equals("import_specifier")) {
                            String imported =
                                    specifier.child("name").map(tree::text).orElse("");
                            String local =
                                    specifier.child("alias").map(tree::text).orElse(imported);
                            member(source, imported, local, line, bindings);
                        }
                    }
                }
                default -> {}
            }
        }
    }

    private void readPython(SyntaxNode node, int line, List<ImportBinding> bindings) {
        if (node.type().equals("import_statement")) {
            for (SyntaxNode name : node.children("name")) {
                String module = dottedText(
                        name.type().equals("aliased_import")
                                ? name.child("name").orElse(name)
                                : name);
                String local = name.child("alias").map(tree::text).orElse(module.split("\\.", -1)[0]);
                whole(module, local, line, bindings);
            }
            return;
        }
        String module = node.child("module_name").map(this::dottedText).orElse("");
        if (module.isEmpty()) {
            return;
        }
        if (firstNamed(node, "wildcard_import") != null) {
            bindings.add(new ImportBinding("", module, "", Scope.WILDCARD, module, line));
        }
        for (SyntaxNode name : node.children("name")) {
            SyntaxNode importedNode =
                    name.type().equals("aliased_import") ? name.child("name").orElse(name) : name;
            String imported = dottedText(importedNode);
            String local = name.child("alias").map(tree::text).orElse(imported);
            // `from . import x` joins without doubling the dot: `.x`.
            String qualified = module.endsWith(".") ? module + imported : module + "." + imported;
            bindings.add(new ImportBinding(local, module, imported, Scope.MEMBER, qualified, line));
        }
    }

    private void readGo(SyntaxNode node, int line, List<ImportBinding> bindings) {
        String path = node.child("path").map(this::stringContent).orElse("");
        if (path.isEmpty()) {
            return;
        }
        String alias = node.child("name").map(tree::text).orElse("");
        if (alias.equals(".")) {
            bindings.add(new ImportBinding("", path, "", Scope.WILDCARD, path, line));
            return;
        }
        String local = alias.isEmpty() ? path.substring(path.lastIndexOf('/') + 1) : alias.equals("_") ? "" : alias;
        bindings.add(new ImportBinding(local, path, "", Scope.WHOLE_MODULE, path, line));
    }

    /** Expands a Rust use tree: {@code std::{io, fs::File as F, self}} gives {@code std::io}, {@code std::fs::File}. */
    private void readRustTree(SyntaxNode node, String prefix, int line, List<ImportBinding> bindings) {
        switch (node.type()) {
            case "use_list" -> node.namedChildren().forEach(child -> readRustTree(child, prefix, line, bindings));
            case "scoped_use_list" -> {
                String path = node.child("path")
                        .map(path1 -> joinRust(prefix, tree.text(path1)))
                        .orElse(prefix);
                node.child("list").ifPresent(list -> readRustTree(list, path, line, bindings));
            }
            case "use_as_clause" -> {
                String path = node.child("path")
                        .map(path1 -> joinRust(prefix, tree.text(path1)))
                        .orElse(prefix);
                String alias = node.child("alias").map(tree::text).orElse("");
                rustPath(path, alias, line, bindings);
            }
            case "use_wildcard" -> {
                String text = Texts.collapse(tree.text(node)).replace(" ", "");
                String path = joinRust(prefix, text.endsWith("::*") ? text.substring(0, text.length() - 3) : "");
                if (!path.isEmpty()) {
                    bindings.add(new ImportBinding("", path, "", Scope.WILDCARD, path, line));
                }
            }
            case "self" -> rustPath(prefix, "", line, bindings);
            default -> rustPath(joinRust(prefix, tree.text(node)), "", line, bindings);
        }
    }

    private void rustPath(String path, String alias, int line, List<ImportBinding> bindings) {
        String clean = path.replace(" ", "");
        int cut = clean.lastIndexOf("::");
        if (cut < 0) {
            whole(clean, alias.isEmpty() ? clean : alias, line, bindings);
            return;
        }
        String imported = clean.substring(cut + 2);
        member(clean.substring(0, cut), imported, alias.isEmpty() ? imported : alias, line, bindings);
    }

    private static String joinRust(String prefix, String path) {
        String clean = Texts.collapse(path).replace(" ", "");
        return prefix.isEmpty() ? clean : clean.isEmpty() ? prefix : prefix + "::" + clean;
    }

    /** Java and Kotlin: a dotted name, maybe a wildcard ({@code .*}), maybe a Kotlin alias. */
    private void readDotted(SyntaxNode node, int line, List<ImportBinding> bindings) {
        SyntaxNode name = null;
        for (SyntaxNode child : node.namedChildren()) {
            if (child.type().equals("scoped_identifier") || child.type().equals("identifier")) {
                name = child;
                break;
            }
        }
        if (name == null) {
            return;
        }
        String path = Texts.collapse(tree.text(name)).replace(" ", "");
        boolean wildcard = node.children().stream()
                .anyMatch(child -> child.type().equals("asterisk")
                        || child.type().equals("wildcard_import")
                        || child.type().equals("*"));
        if (wildcard) {
            bindings.add(new ImportBinding("", path, "", Scope.WILDCARD, path, line));
            return;
        }
        SyntaxNode alias = firstNamed(node, "import_alias");
        String aliasName = "";
        if (alias != null) {
            SyntaxNode aliasIdentifier = alias.namedChildren().isEmpty()
                    ? null
                    : alias.namedChildren().getLast();
            aliasName = aliasIdentifier == null ? "" : tree.text(aliasIdentifier);
        }
        dottedMember(path, aliasName, line, bindings);
    }

    private void readScala(SyntaxNode node, int line, List<ImportBinding> bindings) {
        List<String> segments = new ArrayList<>();
        for (SyntaxNode part : node.children("path")) {
            if (part.named()) {
                segments.add(tree.text(part));
            }
        }
        if (segments.isEmpty()) {
            return;
        }
        String path = String.join(".", segments);
        for (SyntaxNode child : node.namedChildren()) {
            if (child.type().contains("wildcard")) {
                bindings.add(new ImportBinding("", path, "", Scope.WILDCARD, path, line));
                return;
            }
            if (child.type().equals("namespace_selectors")) {
                for (SyntaxNode selector : child.namedChildren()) {
                    if (selector.type().contains("wildcard")) {
                        bindings.add(new ImportBinding("", path, "", Scope.WILDCARD, path, line));
                    } else if (selector.type().equals("identifier")) {
                        member(path, tree.text(selector), tree.text(selector), line, bindings);
                    } else if (!selector.namedChildren().isEmpty()) {
                        // A renamed selector: `{A => B}`.
                        List<SyntaxNode> names = selector.namedChildren();
                        member(path, tree.text(names.getFirst()), tree.text(names.getLast()), line, bindings);
                    }
                }
                return;
            }
        }
        dottedMember(path, "", line, bindings);
    }

    private void readCSharp(SyntaxNode node, int line, List<ImportBinding> bindings) {
        List<SyntaxNode> names = node.namedChildren().stream()
                .filter(child ->
                        child.type().equals("qualified_name") || child.type().equals("identifier"))
                .toList();
        if (names.isEmpty()) {
            return;
        }
        boolean aliased =
                node.children().stream().anyMatch(child -> child.type().equals("="));
        String path = Texts.collapse(tree.text(names.getLast())).replace(" ", "");
        if (aliased && names.size() > 1) {
            dottedMember(path, tree.text(names.getFirst()), line, bindings);
        } else {
            // `using A.B;` brings every type of the namespace into scope.
            bindings.add(new ImportBinding("", path, "", Scope.WILDCARD, path, line));
        }
    }

    private void readCppUsing(SyntaxNode node, int line, List<ImportBinding> bindings) {
        SyntaxNode name = null;
        for (SyntaxNode child : node.namedChildren()) {
            if (child.type().equals("qualified_identifier") || child.type().equals("identifier")) {
                name = child;
            }
        }
        if (name == null) {
            return;
        }
        String path = Texts.collapse(tree.text(name)).replace(" ", "");
        if (node.children().stream().anyMatch(child -> child.type().equals("namespace"))) {
            bindings.add(new ImportBinding("", path, "", Scope.WILDCARD, path, line));
            return;
        }
        rustPath(path, "", line, bindings);
    }

    private void readPhp(SyntaxNode node, int line, List<ImportBinding> bindings) {
        String groupPrefix = "";
        for (SyntaxNode child : node.namedChildren()) {
            if (child.type().equals("namespace_name") || child.type().equals("name")) {
                groupPrefix = tree.text(child);
            }
            if (child.type().equals("namespace_use_group")) {
                for (SyntaxNode clause : child.namedChildren()) {
                    phpClause(clause, groupPrefix, line, bindings);
                }
            }
            if (child.type().equals("namespace_use_clause")) {
                phpClause(child, "", line, bindings);
            }
        }
    }

    private void phpClause(SyntaxNode clause, String prefix, int line, List<ImportBinding> bindings) {
        SyntaxNode name = null;
        for (SyntaxNode child : clause.namedChildren()) {
            if (!"alias".equals(child.field())
                    && (child.type().equals("qualified_name") || child.type().equals("name"))) {
                name = child;
                break;
            }
        }
        if (name == null) {
            return;
        }
        String path = Texts.collapse(tree.text(name)).replace(" ", "");
        if (path.startsWith("\\")) {
            path = path.substring(1);
        }
        if (!prefix.isEmpty()) {
            path = prefix + "\\" + path;
        }
        String alias = clause.child("alias").map(tree::text).orElse("");
        int cut = path.lastIndexOf('\\');
        if (cut < 0) {
            whole(path, alias.isEmpty() ? path : alias, line, bindings);
            return;
        }
        String imported = path.substring(cut + 1);
        member(path.substring(0, cut), imported, alias.isEmpty() ? imported : alias, line, bindings);
    }

    /** Ruby's {@code require 'x'} and Bash's {@code source x}: a whole file, binding no name. */
    private void readLoad(SyntaxNode node, int line, List<ImportBinding> bindings) {
        SyntaxNode argument = grammar.equals("ruby")
                ? node.child("arguments")
                        .flatMap(arguments -> arguments.namedChildren().stream().findFirst())
                        .orElse(null)
                : node.child("argument").orElse(null);
        if (argument == null) {
            return;
        }
        String specifier = stringContent(argument);
        if (!specifier.isEmpty()) {
            whole(specifier, "", line, bindings);
        }
    }

    private void dottedMember(String path, String alias, int line, List<ImportBinding> bindings) {
        int cut = path.lastIndexOf('.');
        if (cut < 0) {
            whole(path, alias.isEmpty() ? path : alias, line, bindings);
            return;
        }
        String imported = path.substring(cut + 1);
        member(path.substring(0, cut), imported, alias.isEmpty() ? imported : alias, line, bindings);
    }

    private void member(String specifier, String imported, String local, int line, List<ImportBinding> bindings) {
        if (specifier.isEmpty() || imported.isEmpty()) {
            return;
        }
        bindings.add(
                new ImportBinding(local, specifier, imported, Scope.MEMBER, specifier + separator + imported, line));
    }

    private static void whole(String specifier, String local, int line, List<ImportBinding> bindings) {
        if (!specifier.isEmpty()) {
            bindings.add(new ImportBinding(local, specifier, "", Scope.WHOLE_MODULE, specifier, line));
        }
    }

    private String dottedText(SyntaxNode node) {
        return Texts.collapse(tree.text(node)).replace(" ", "");
    }

    /** A string literal's content: the quotes (or a C include's angle brackets) dropped. */
    private String stringContent(SyntaxNode node) {
        return unquote(tree.text(node));
    }

    private static String unquote(String text) {
        String stripped = text.strip();
        if (stripped.length() >= 2) {
            char first = stripped.charAt(0);
            char last = stripped.charAt(stripped.length() - 1);
            if ((first == '"' || first == '\'' || first == '`') && last == first || first == '<' && last == '>') {
                return stripped.substring(1, stripped.length() - 1);
            }
        }
        return stripped;
    }

    private static SyntaxNode firstNamed(SyntaxNode node, String type) {
        for (SyntaxNode child : node.namedChildren()) {
            if (child.type().equals(type)) {
                return child;
            }
        }
        return null;
    }
}
