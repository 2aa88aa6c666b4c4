package shaktiman.core.index.lang;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import shaktiman.core.model.ChunkKind;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.model.SymKind;
import shaktiman.core.model.Visibility;

/**
 * One language's row of the IX-15 table: which syntax nodes are chunk units, symbols, containers, references, header
 * lines and comments, and how visibility is decided. Node types and field names are the shipped grammar's own;
 * rules of one kind are tried in table order and the first that matches a node wins.
 *
 * @param languageId IX-12's language id
 * @param grammar the grammar that parses it (the language id of the grammar's own language, e.g. {@code ruby} for erb)
 * @param units node types that become chunks (IX-21, IX-22)
 * @param symbols node types that declare symbols (IX-27, IX-28)
 * @param containers node types whose names qualify the symbols inside them (IX-28)
 * @param references node types that reference other symbols (IX-29)
 * @param headers node types that belong to the file header when they lead the file (IX-21, column 5)
 * @param comments the grammar's comment node types (IX-19)
 * @param wrappers transparent node types whose children are looked at as if they stood in the wrapper's place, such
 *     as {@code export_statement} or {@code decorated_definition}
 * @param modifiers node types that hold modifier keywords, searched (recursively) for {@link SymbolRule#tokens()} and
 *     keyword visibility
 * @param visibility visibility rules, tried in order; a symbol that no rule decides is public
 */
public record LanguageRules(
        String languageId,
        String grammar,
        List<UnitRule> units,
        List<SymbolRule> symbols,
        List<ContainerRule> containers,
        List<ReferenceRule> references,
        Set<String> headers,
        Set<String> comments,
        Set<String> wrappers,
        Set<String> modifiers,
        List<VisibilityRule> visibility) {

    public LanguageRules {
        Objects.requireNonNull(languageId, "languageId");
        Objects.requireNonNull(grammar, "grammar");
        units = List.copyOf(units);
        symbols = List.copyOf(symbols);
        containers = List.copyOf(containers);
        references = List.copyOf(references);
        headers = Set.copyOf(headers);
        comments = Set.copyOf(comments);
        wrappers = Set.copyOf(wrappers);
        modifiers = Set.copyOf(modifiers);
        visibility = List.copyOf(visibility);
    }

    /**
     * A chunk unit.
     *
     * @param inClass the kind instead when the nearest enclosing container is a class, interface or type; null if none
     */
    public record UnitRule(String nodeType, ChunkKind kind, ChunkKind inClass) {
        public UnitRule {
            Objects.requireNonNull(nodeType, "nodeType");
            Objects.requireNonNull(kind, "kind");
        }
    }

    /**
     * A symbol declaration.
     *
     * @param name where the name is; a path reaching several nodes declares one symbol per node ({@code int x, y})
     * @param inClass the kind instead when the nearest enclosing container is a class, interface or type; null if none
     * @param tokens keywords that must all be present, as anonymous children of the node or inside its modifier nodes,
     *     for this rule to match (Java {@code static} and {@code final} make a constant)
     * @param when a child the node must have for this rule to match; null if none
     * @param notIn node types inside which this rule does not apply (locals of a function are not symbols)
     * @param qualifier where the enclosing type's name is when it is not a container (Go's method receiver); null if
     *     none
     */
    public record SymbolRule(
            String nodeType,
            SymKind kind,
            NamePath name,
            SymKind inClass,
            Set<String> tokens,
            Condition when,
            Set<String> notIn,
            NamePath qualifier) {
        public SymbolRule {
            Objects.requireNonNull(nodeType, "nodeType");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
            tokens = Set.copyOf(tokens);
            notIn = Set.copyOf(notIn);
        }
    }

    /** A child condition: the nodes {@code path} reaches include one whose type is in {@code types}. */
    public record Condition(NamePath path, Set<String> types) {
        public Condition {
            Objects.requireNonNull(path, "path");
            types = Set.copyOf(types);
        }
    }

    /** A node whose name qualifies the symbols inside it; {@code kind} is the kind of symbol it stands for. */
    public record ContainerRule(String nodeType, SymKind kind, NamePath name) {
        public ContainerRule {
            Objects.requireNonNull(nodeType, "nodeType");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(name, "name");
        }
    }

    /**
     * A reference.
     *
     * @param target where the referenced name is, as written; null means every type name inside the node (heritage
     *     lists), with generic arguments as {@code type_ref}
     * @param names the rule matches only when the target's text is one of these (Ruby's {@code require}); empty for
     *     any
     */
    public record ReferenceRule(String nodeType, EdgeKind kind, NamePath target, Set<String> names) {
        public ReferenceRule {
            Objects.requireNonNull(nodeType, "nodeType");
            Objects.requireNonNull(kind, "kind");
            names = Set.copyOf(names);
        }
    }

    /**
     * A visibility rule.
     *
     * @param style how the rule decides
     * @param nodeType the node type the style looks at ({@link Style#PARENT}, {@link Style#NODE_TEXT}); null otherwise
     * @param mapping what each keyword, text or case maps to; the key {@code default} applies when the style finds
     *     nothing, and is absent when the next rule should decide instead
     */
    public record VisibilityRule(Style style, String nodeType, Map<String, Visibility> mapping) {
        public VisibilityRule {
            Objects.requireNonNull(style, "style");
            mapping = Map.copyOf(mapping);
        }

        /** How a visibility rule decides. */
        public enum Style {
            /** {@code value} applies to every symbol. */
            DEFAULT,
            /** The first mapped keyword among the node's modifiers decides (Java, C#, Kotlin, PHP, Scala, C). */
            KEYWORD,
            /** {@code value} applies when the declaration's parent has type {@code nodeType} (TS {@code export}). */
            PARENT,
            /** {@code upper} or {@code lower} by the case of the name's first letter (Go). */
            NAME_CASE,
            /** {@code value} applies to a name that starts with {@code _} and is not a dunder (Python). */
            UNDERSCORE,
            /**
             * The text of the child of type {@code nodeType} decides; a key ending in {@code (*)} matches any text
             * with that prefix and a parenthesis (Rust {@code pub(crate)}).
             */
            NODE_TEXT
        }
    }

    /** Every node type the rules name, for the grammar check (T-15). */
    public Set<String> nodeTypes() {
        Set<String> types = new LinkedHashSet<>();
        units.forEach(unit -> types.add(unit.nodeType()));
        for (SymbolRule symbol : symbols) {
            types.add(symbol.nodeType());
            types.addAll(symbol.name().nodeTypes());
            types.addAll(symbol.notIn());
            if (symbol.when() != null) {
                types.addAll(symbol.when().types());
                types.addAll(symbol.when().path().nodeTypes());
            }
            if (symbol.qualifier() != null) {
                types.addAll(symbol.qualifier().nodeTypes());
            }
        }
        containers.forEach(container -> {
            types.add(container.nodeType());
            types.addAll(container.name().nodeTypes());
        });
        references.forEach(reference -> {
            types.add(reference.nodeType());
            if (reference.target() != null) {
                types.addAll(reference.target().nodeTypes());
            }
        });
        types.addAll(headers);
        types.addAll(comments);
        types.addAll(wrappers);
        types.addAll(modifiers);
        visibility.forEach(rule -> {
            if (rule.nodeType() != null) {
                types.add(rule.nodeType());
            }
        });
        return types;
    }

    /** Every field name the rules name, for the grammar check (T-15). */
    public Set<String> fieldNames() {
        Set<String> fields = new LinkedHashSet<>();
        for (SymbolRule symbol : symbols) {
            fields.addAll(symbol.name().fieldNames());
            if (symbol.when() != null) {
                fields.addAll(symbol.when().path().fieldNames());
            }
            if (symbol.qualifier() != null) {
                fields.addAll(symbol.qualifier().fieldNames());
            }
        }
        containers.forEach(container -> fields.addAll(container.name().fieldNames()));
        references.forEach(reference -> {
            if (reference.target() != null) {
                fields.addAll(reference.target().fieldNames());
            }
        });
        return fields;
    }

    /** Every keyword the rules name (symbol tokens and keyword visibility), for the grammar check (T-15). */
    public Set<String> keywords() {
        Set<String> keywords = new LinkedHashSet<>();
        symbols.forEach(symbol -> keywords.addAll(symbol.tokens()));
        visibility.stream()
                .filter(rule -> rule.style() == VisibilityRule.Style.KEYWORD)
                .forEach(rule -> rule.mapping().keySet().stream()
                        .filter(key -> !key.equals("default"))
                        .forEach(keywords::add));
        return keywords;
    }
}
