package shaktiman.core.index.lang;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import shaktiman.core.index.lang.LanguageRules.Condition;
import shaktiman.core.index.lang.LanguageRules.ContainerRule;
import shaktiman.core.index.lang.LanguageRules.ReferenceRule;
import shaktiman.core.index.lang.LanguageRules.SymbolRule;
import shaktiman.core.index.lang.LanguageRules.UnitRule;
import shaktiman.core.index.lang.LanguageRules.VisibilityRule;
import shaktiman.core.model.ChunkKind;
import shaktiman.core.model.EdgeKind;
import shaktiman.core.model.SymKind;
import shaktiman.core.model.Visibility;

/** Reads the tab-separated language table; strict, so a typo fails the build's tests instead of losing chunks. */
final class LanguageTableParser {

    private final String origin;
    private final Map<String, Builder> builders = new LinkedHashMap<>();
    private int version;
    private int lineNumber;

    LanguageTableParser(String origin) {
        this.origin = origin;
    }

    LanguageTable parse(String text) {
        for (String line : text.split("\n", -1)) {
            lineNumber++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            try {
                row(line.split("\t", -1));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(origin + " line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        if (version == 0) {
            throw new IllegalStateException(origin + " has no version row");
        }
        Map<String, LanguageRules> languages = new HashMap<>();
        builders.forEach((id, builder) -> languages.put(id, builder.build(id)));
        return new LanguageTable(version, languages);
    }

    private void row(String[] columns) {
        if (columns[0].equals("version")) {
            expect(columns, 2, 2);
            version = Integer.parseInt(columns[1]);
            return;
        }
        expect(columns, 3, 5);
        String language = columns[0];
        String kind = columns[1];
        String a = columns[2];
        String b = columns.length > 3 ? columns[3] : "";
        Map<String, String> options = options(columns.length > 4 ? columns[4] : "");
        if (kind.equals("like")) {
            if (builders.containsKey(language)) {
                throw new IllegalArgumentException("a like row must be the first row of " + language);
            }
            Builder source = builders.get(a);
            if (source == null) {
                throw new IllegalArgumentException(language + " is like " + a + ", which is not defined above");
            }
            builders.put(language, source.copy());
            return;
        }
        Builder builder = builders.computeIfAbsent(language, id -> new Builder());
        switch (kind) {
            case "grammar" -> builder.grammar = a;
            case "unit" ->
                builder.units.add(new UnitRule(a, ChunkKind.fromWireName(b), chunkKind(options.remove("in_class"))));
            case "symbol" -> builder.symbols.add(symbol(a, b, options));
            case "container" ->
                builder.containers.add(new ContainerRule(a, SymKind.fromWireName(b), path(required(options, "name"))));
            case "ref" ->
                builder.references.add(new ReferenceRule(
                        a, EdgeKind.fromWireName(b), path(options.remove("target")), list(options.remove("names"))));
            case "header" -> builder.headers.add(a);
            case "comment" -> builder.comments.add(a);
            case "wrapper" -> builder.wrappers.add(a);
            case "modifiers" -> builder.modifiers.add(a);
            case "visibility" -> builder.visibility.add(visibility(a, b, options));
            default -> throw new IllegalArgumentException("unknown row kind " + kind);
        }
        if (!options.isEmpty()) {
            throw new IllegalArgumentException("unknown options " + options.keySet() + " on a " + kind + " row");
        }
    }

    private static SymbolRule symbol(String nodeType, String kind, Map<String, String> options) {
        Condition when = null;
        String whenText = options.remove("when");
        if (whenText != null) {
            int colon = whenText.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("when= needs <path>:<types>, got " + whenText);
            }
            when = new Condition(path(whenText.substring(0, colon)), list(whenText.substring(colon + 1)));
        }
        String tokens = options.remove("if");
        return new SymbolRule(
                nodeType,
                SymKind.fromWireName(kind),
                path(required(options, "name")),
                symKind(options.remove("in_class")),
                tokens == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(tokens.split("\\+"))),
                when,
                list(options.remove("not_in")),
                path(options.remove("qualifier")));
    }

    private static VisibilityRule visibility(String style, String nodeType, Map<String, String> options) {
        Map<String, Visibility> mapping = new LinkedHashMap<>();
        options.forEach((key, value) -> mapping.put(key, Visibility.fromWireName(value)));
        options.clear();
        return new VisibilityRule(
                VisibilityRule.Style.valueOf(style.toUpperCase(Locale.ROOT)),
                nodeType.equals("-") || nodeType.isEmpty() ? null : nodeType,
                mapping);
    }

    private static Map<String, String> options(String column) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String option : column.strip().split(" +")) {
            if (option.isEmpty()) {
                continue;
            }
            int equals = option.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("option '" + option + "' is not key=value");
            }
            if (options.put(option.substring(0, equals), option.substring(equals + 1)) != null) {
                throw new IllegalArgumentException("option " + option.substring(0, equals) + " given twice");
            }
        }
        return options;
    }

    private static String required(Map<String, String> options, String key) {
        String value = options.remove(key);
        if (value == null) {
            throw new IllegalArgumentException("missing option " + key + "=");
        }
        return value;
    }

    private static NamePath path(String text) {
        return text == null ? null : NamePath.parse(text);
    }

    private static Set<String> list(String text) {
        return text == null ? Set.of() : new LinkedHashSet<>(Arrays.asList(text.split(",")));
    }

    private static ChunkKind chunkKind(String text) {
        return text == null ? null : ChunkKind.fromWireName(text);
    }

    private static SymKind symKind(String text) {
        return text == null ? null : SymKind.fromWireName(text);
    }

    private static void expect(String[] columns, int min, int max) {
        if (columns.length < min || columns.length > max) {
            throw new IllegalArgumentException(
                    "expected " + min + " to " + max + " tab-separated columns, got " + columns.length);
        }
    }

    /** The rows of one language so far. */
    private static final class Builder {
        String grammar;
        final List<UnitRule> units = new ArrayList<>();
        final List<SymbolRule> symbols = new ArrayList<>();
        final List<ContainerRule> containers = new ArrayList<>();
        final List<ReferenceRule> references = new ArrayList<>();
        final Set<String> headers = new LinkedHashSet<>();
        final Set<String> comments = new LinkedHashSet<>();
        final Set<String> wrappers = new LinkedHashSet<>();
        final Set<String> modifiers = new LinkedHashSet<>();
        final List<VisibilityRule> visibility = new ArrayList<>();

        Builder copy() {
            Builder copy = new Builder();
            copy.grammar = grammar;
            copy.units.addAll(units);
            copy.symbols.addAll(symbols);
            copy.containers.addAll(containers);
            copy.references.addAll(references);
            copy.headers.addAll(headers);
            copy.comments.addAll(comments);
            copy.wrappers.addAll(wrappers);
            copy.modifiers.addAll(modifiers);
            copy.visibility.addAll(visibility);
            return copy;
        }

        LanguageRules build(String languageId) {
            if (grammar == null) {
                throw new IllegalStateException("language " + languageId + " has no grammar row");
            }
            return new LanguageRules(
                    languageId,
                    grammar,
                    units,
                    symbols,
                    containers,
                    references,
                    headers,
                    comments,
                    wrappers,
                    modifiers,
                    visibility);
        }
    }
}
