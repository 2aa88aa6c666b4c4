package shaktiman.app.config;

import java.nio.file.FileSystems;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlTable;

/**
 * The type and allowed range of one config key. Reads a value from TOML (already typed by tomlj) or from text (an
 * environment variable or a CLI flag), and writes a value back as TOML for the sample file.
 */
sealed interface ValueKind {

    /** Reads a value tomlj produced: Long, Double, Boolean, String, TomlArray, TomlTable or a date/time. */
    Parsed fromToml(Object raw);

    /** Reads a value given as text. Only called for scalar kinds. */
    Parsed fromText(String raw);

    /** Writes {@code value} (of this kind's Java type) as a TOML value. */
    String toToml(Object value);

    /** Whether the environment may set it (IX-67: lists and tables are file-only). */
    default boolean scalar() {
        return true;
    }

    /** A TOML value as the user wrote it, for "got ..." (strings quoted, containers named). */
    static String show(Object raw) {
        return switch (raw) {
            case String s -> quote(s);
            case TomlArray a -> "an array";
            case TomlTable t -> "a table";
            case Long l -> l.toString();
            case Double d -> d.toString();
            case Boolean b -> b.toString();
            default -> "a date/time (" + raw + ")";
        };
    }

    static String quote(String s) {
        return "\"" + Toml.tomlEscape(s) + "\"";
    }

    /** One of a fixed set of names, each an enum constant whose lower-cased name is its id. */
    record Choice(Map<String, Enum<?>> byId) implements ValueKind {

        static Choice of(Enum<?>... constants) {
            Map<String, Enum<?>> byId = new LinkedHashMap<>();
            for (Enum<?> constant : constants) {
                byId.put(constant.name().toLowerCase(Locale.ROOT), constant);
            }
            return new Choice(Map.copyOf(byId));
        }

        List<String> ids() {
            return byId.values().stream()
                    .sorted()
                    .map(e -> e.name().toLowerCase(Locale.ROOT))
                    .toList();
        }

        private String rule() {
            return "one of " + ids().stream().map(ValueKind::quote).collect(Collectors.joining(", "));
        }

        @Override
        public Parsed fromToml(Object raw) {
            return raw instanceof String s ? fromText(s) : new Parsed.Bad(rule(), show(raw));
        }

        @Override
        public Parsed fromText(String raw) {
            Enum<?> constant = byId.get(raw);
            return constant != null ? new Parsed.Ok(constant) : new Parsed.Bad(rule(), quote(raw));
        }

        @Override
        public String toToml(Object value) {
            return quote(((Enum<?>) value).name().toLowerCase(Locale.ROOT));
        }
    }

    /** A whole number in [min, max]; values are Longs. */
    record Int(long min, long max) implements ValueKind {

        static Int atLeast(long min) {
            return new Int(min, Long.MAX_VALUE);
        }

        private String range() {
            return max == Long.MAX_VALUE ? "at least " + min : "between " + min + " and " + max;
        }

        @Override
        public Parsed fromToml(Object raw) {
            return raw instanceof Long l ? check(l) : new Parsed.Bad("an integer " + typedRange(), show(raw));
        }

        @Override
        public Parsed fromText(String raw) {
            try {
                return check(Long.parseLong(raw.strip()));
            } catch (NumberFormatException e) {
                return new Parsed.Bad("an integer " + typedRange(), quote(raw));
            }
        }

        private String typedRange() {
            return max == Long.MAX_VALUE ? "of at least " + min : range();
        }

        private Parsed check(long value) {
            return value >= min && value <= max ? new Parsed.Ok(value) : new Parsed.Bad(range(), Long.toString(value));
        }

        @Override
        public String toToml(Object value) {
            return value.toString();
        }
    }

    /** A number in [min, max]; TOML integers are accepted, values are Doubles. */
    record Real(double min, double max) implements ValueKind {

        private String range() {
            return "between " + min + " and " + max;
        }

        @Override
        public Parsed fromToml(Object raw) {
            return switch (raw) {
                case Double d -> check(d, d.toString());
                case Long l -> check(l.doubleValue(), l.toString());
                default -> new Parsed.Bad("a number " + range(), show(raw));
            };
        }

        @Override
        public Parsed fromText(String raw) {
            try {
                double value = Double.parseDouble(raw.strip());
                return check(value, raw.strip());
            } catch (NumberFormatException e) {
                return new Parsed.Bad("a number " + range(), quote(raw));
            }
        }

        private Parsed check(double value, String shown) {
            // The negated form also rejects NaN.
            return !(value >= min && value <= max) ? new Parsed.Bad(range(), shown) : new Parsed.Ok(value);
        }

        @Override
        public String toToml(Object value) {
            return value.toString();
        }
    }

    /** true or false. */
    record Bool() implements ValueKind {

        @Override
        public Parsed fromToml(Object raw) {
            return raw instanceof Boolean b ? new Parsed.Ok(b) : new Parsed.Bad("true or false", show(raw));
        }

        @Override
        public Parsed fromText(String raw) {
            return switch (raw.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> new Parsed.Ok(true);
                case "false" -> new Parsed.Ok(false);
                default -> new Parsed.Bad("true or false", quote(raw));
            };
        }

        @Override
        public String toToml(Object value) {
            return value.toString();
        }
    }

    /** A string of at most maxLength characters ({@code Integer.MAX_VALUE}: any). */
    record Text(int maxLength) implements ValueKind {

        static Text any() {
            return new Text(Integer.MAX_VALUE);
        }

        private String rule() {
            return maxLength == Integer.MAX_VALUE ? "a string" : "a string of at most " + maxLength + " characters";
        }

        @Override
        public Parsed fromToml(Object raw) {
            return raw instanceof String s ? fromText(s) : new Parsed.Bad(rule(), show(raw));
        }

        @Override
        public Parsed fromText(String raw) {
            return raw.length() <= maxLength
                    ? new Parsed.Ok(raw)
                    : new Parsed.Bad(rule(), raw.length() + " characters");
        }

        @Override
        public String toToml(Object value) {
            return quote((String) value);
        }
    }

    /** A duration written as a whole number and a unit (ms, s, m, h, d), e.g. {@code 30s}; values are Durations. */
    record Span(Duration min, Duration max) implements ValueKind {

        private static final Pattern SYNTAX = Pattern.compile("(\\d{1,9})(ms|s|m|h|d)");

        private String rule() {
            return "a duration between " + format(min) + " and " + format(max) + " (e.g. 30s, 2m)";
        }

        @Override
        public Parsed fromToml(Object raw) {
            return raw instanceof String s ? fromText(s) : new Parsed.Bad(rule(), show(raw));
        }

        @Override
        public Parsed fromText(String raw) {
            Matcher m = SYNTAX.matcher(raw.strip());
            if (!m.matches()) {
                return new Parsed.Bad(rule(), quote(raw));
            }
            long amount = Long.parseLong(m.group(1));
            Duration value = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                case "d" -> Duration.ofDays(amount);
                default -> throw new AssertionError("unit matched by the pattern: " + m.group(2));
            };
            return value.compareTo(min) >= 0 && value.compareTo(max) <= 0
                    ? new Parsed.Ok(value)
                    : new Parsed.Bad(rule(), quote(raw));
        }

        @Override
        public String toToml(Object value) {
            return quote(format((Duration) value));
        }

        /** Seconds below ten minutes, as the spec writes {@code 120s}; whole larger units above that. */
        static String format(Duration d) {
            long ms = d.toMillis();
            if (ms % 86_400_000 == 0 && ms >= 86_400_000) {
                return ms / 86_400_000 + "d";
            }
            if (ms % 3_600_000 == 0 && ms >= 3_600_000) {
                return ms / 3_600_000 + "h";
            }
            if (ms % 60_000 == 0 && ms >= 600_000) {
                return ms / 60_000 + "m";
            }
            return ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
        }
    }

    /**
     * MCP-23's test-file patterns: entries ending in {@code /} match directory segments, others are basename globs.
     * Values are lists of strings.
     */
    record Patterns() implements ValueKind {

        private static final String RULE = "a list of strings";

        @Override
        public boolean scalar() {
            return false;
        }

        @Override
        public Parsed fromToml(Object raw) {
            if (!(raw instanceof TomlArray array)) {
                return new Parsed.Bad(RULE, show(raw));
            }
            List<String> patterns = new ArrayList<>();
            for (int i = 0; i < array.size(); i++) {
                Object element = array.get(i);
                String where = "[" + i + "]";
                if (!(element instanceof String s) || s.isBlank()) {
                    return new Parsed.Bad(where, "a non-empty string", show(element));
                }
                if (!s.endsWith("/")) {
                    try {
                        FileSystems.getDefault().getPathMatcher("glob:" + s);
                    } catch (PatternSyntaxException e) {
                        return new Parsed.Bad(where, "a valid glob (" + e.getDescription() + ")", quote(s));
                    }
                }
                patterns.add(s);
            }
            return new Parsed.Ok(List.copyOf(patterns));
        }

        @Override
        public Parsed fromText(String raw) {
            throw new AssertionError("test.patterns is not a scalar key and has no text form");
        }

        @SuppressWarnings("unchecked")
        @Override
        public String toToml(Object value) {
            return ((List<String>) value).stream().map(ValueKind::quote).collect(Collectors.joining(", ", "[", "]"));
        }
    }

    /**
     * IX-12's extension overrides: a table from extension (lower-cased, a leading dot dropped) to a language id. Values
     * are maps from string to string.
     */
    record LanguageMap(Set<String> languages) implements ValueKind {

        @Override
        public boolean scalar() {
            return false;
        }

        @Override
        public Parsed fromToml(Object raw) {
            if (!(raw instanceof TomlTable table)) {
                return new Parsed.Bad("a table of extension = language id", show(raw));
            }
            Map<String, String> map = new LinkedHashMap<>();
            for (String ext : new TreeSet<>(table.keySet())) {
                Object language = table.get(List.of(ext));
                if (!(language instanceof String id) || !languages.contains(id)) {
                    String rule = "one of "
                            + languages.stream().sorted().map(ValueKind::quote).collect(Collectors.joining(", "));
                    return new Parsed.Bad("." + ext, rule, show(language));
                }
                String key = ext.toLowerCase(Locale.ROOT);
                map.put(key.startsWith(".") ? key.substring(1) : key, id);
            }
            return new Parsed.Ok(Map.copyOf(map));
        }

        @Override
        public Parsed fromText(String raw) {
            throw new AssertionError("index.extensions is not a scalar key and has no text form");
        }

        @SuppressWarnings("unchecked")
        @Override
        public String toToml(Object value) {
            Map<String, String> map = (Map<String, String>) value;
            if (map.isEmpty()) {
                return "{}";
            }
            return new TreeSet<>(map.keySet())
                    .stream()
                            .map(ext -> quote(ext) + " = " + quote(map.get(ext)))
                            .collect(Collectors.joining(", ", "{ ", " }"));
        }
    }
}
