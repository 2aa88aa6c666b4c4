package shaktiman.core.tools;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * MCP-18's argument validation, run before any work: the received arguments, as the plain values a JSON library
 * produces for untyped input (String, Integer, Long, BigInteger, Double, BigDecimal, Boolean, List, Map, null; keys in
 * the order received), checked against a {@link ToolSpec}. The first problem wins: unknown arguments in the order
 * received, then the parameters in their §2 order. {@code null} counts as absent. Integers also come as numbers with a
 * zero fraction or as strings of decimal digits, numbers as numeric strings, booleans as {@code "true"}/{@code "false"};
 * nothing else is coerced. Text is trimmed. Thread-safe.
 */
public final class ArgumentParser {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern NUMERIC = Pattern.compile("[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?");

    /** Longer numeric strings are out of every range of §2; the bound keeps parsing cheap. */
    private static final int MAX_NUMERIC_TEXT = 100;

    private static final String NON_EMPTY = "must be a non-empty string";

    private final Path projectRoot;

    /** @param projectRoot the project root, against which absolute path arguments are made relative (MCP-24) */
    public ArgumentParser(Path projectRoot) {
        this.projectRoot = projectRoot.toAbsolutePath().normalize();
    }

    /**
     * Checks {@code arguments} (a missing {@code arguments} object is passed as an empty map) against {@code spec}.
     *
     * @return the typed arguments, or the exact MCP-18 message for the first problem
     */
    public ArgumentOutcome parse(ToolSpec spec, Map<String, ?> arguments) {
        List<String> names = spec.parameterNames();
        for (Map.Entry<String, ?> argument : arguments.entrySet()) {
            if (argument.getValue() != null && !names.contains(argument.getKey())) {
                String accepted = names.isEmpty() ? "(none)" : String.join(", ", names);
                // The name is the client's text: escaped and cut, so the message stays one bounded line.
                return new ArgumentOutcome.Invalid(
                        "unknown argument '" + JsonPreview.inline(argument.getKey()) + "'; accepted: " + accepted);
            }
        }
        Map<String, Object> values = new HashMap<>();
        Map<String, Duration> durations = new HashMap<>();
        Set<String> given = new HashSet<>();
        for (ParameterSpec parameter : spec.parameters()) {
            Object raw = arguments.get(parameter.name());
            if (raw == null) {
                if (parameter.required()) {
                    return new ArgumentOutcome.Invalid("missing required argument '" + parameter.name() + "' ("
                            + parameter.type().jsonType() + ")");
                }
                parameter.type().defaultValue().ifPresent(value -> values.put(parameter.name(), stored(value)));
                continue;
            }
            switch (check(parameter.type(), raw)) {
                case Checked.Rejected rejected -> {
                    return new ArgumentOutcome.Invalid("invalid argument '" + parameter.name() + "': " + rejected.rule()
                            + "; got " + JsonPreview.of(raw));
                }
                case Checked.Accepted accepted -> {
                    values.put(parameter.name(), accepted.value());
                    given.add(parameter.name());
                }
            }
        }
        for (ParameterSpec parameter : spec.parameters()) {
            if (parameter.type() instanceof ParameterType.Text text
                    && text.form() == ParameterType.TextForm.DURATION
                    && values.get(parameter.name()) instanceof String duration) {
                durations.put(parameter.name(), DurationText.parse(duration).orElseThrow());
            }
        }
        return new ArgumentOutcome.Valid(new ParsedArguments(spec, values, durations, given));
    }

    /** Defaults are stored as the parser stores given values: integers as Long, numbers as Double. */
    private static Object stored(Object defaultValue) {
        return switch (defaultValue) {
            case Integer number -> number.longValue();
            case Float number -> number.doubleValue();
            default -> defaultValue;
        };
    }

    private Checked check(ParameterType type, Object raw) {
        return switch (type) {
            case ParameterType.Text text -> checkText(text, raw);
            case ParameterType.IntegerRange range -> checkInteger(range, raw);
            case ParameterType.NumberRange range -> checkNumber(range, raw);
            case ParameterType.Flag flag -> checkFlag(flag, raw);
            case ParameterType.OneOf oneOf -> checkOneOf(oneOf, raw);
            case ParameterType.SomeOf someOf -> checkSomeOf(someOf, raw);
        };
    }

    private Checked checkText(ParameterType.Text type, Object raw) {
        if (!(raw instanceof String string)) {
            return new Checked.Rejected(type.rule());
        }
        String text = string.strip();
        return switch (type.form()) {
            case NON_EMPTY -> {
                if (text.isEmpty()) {
                    yield new Checked.Rejected(NON_EMPTY);
                }
                if (type.maxLength().isPresent()
                        && text.codePointCount(0, text.length())
                                > type.maxLength().get()) {
                    yield new Checked.Rejected(type.rule());
                }
                yield new Checked.Accepted(text);
            }
            case PATH ->
                PathArgument.normalise(text, projectRoot)
                        .<Checked>map(Checked.Accepted::new)
                        .orElseGet(() -> new Checked.Rejected(type.rule()));
            case DURATION ->
                DurationText.parse(text).isPresent() ? new Checked.Accepted(text) : new Checked.Rejected(type.rule());
        };
    }

    private static Checked checkInteger(ParameterType.IntegerRange type, Object raw) {
        Optional<BigDecimal> value = integral(raw);
        if (value.isEmpty()
                || value.get().compareTo(BigDecimal.valueOf(type.minimum())) < 0
                || value.get().compareTo(BigDecimal.valueOf(type.maximum())) > 0) {
            return new Checked.Rejected(type.rule());
        }
        return new Checked.Accepted(value.get().longValueExact());
    }

    /** The integer {@code raw} stands for: a JSON integer, a number with zero fraction, or a string of digits. */
    private static Optional<BigDecimal> integral(Object raw) {
        return switch (raw) {
            case Integer number -> Optional.of(BigDecimal.valueOf(number));
            case Long number -> Optional.of(BigDecimal.valueOf(number));
            case BigInteger number -> Optional.of(new BigDecimal(number));
            case Double number -> wholeNumber(number);
            case Float number -> wholeNumber(number.doubleValue());
            case BigDecimal number ->
                number.signum() == 0 || number.stripTrailingZeros().scale() <= 0
                        ? Optional.of(number)
                        : Optional.empty();
            case String text -> {
                String digits = text.strip();
                yield DIGITS.matcher(digits).matches() && digits.length() <= MAX_NUMERIC_TEXT
                        ? Optional.of(new BigDecimal(digits))
                        : Optional.empty();
            }
            default -> Optional.empty();
        };
    }

    private static Optional<BigDecimal> wholeNumber(double number) {
        if (!Double.isFinite(number) || number != Math.rint(number)) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(number));
    }

    private static Checked checkNumber(ParameterType.NumberRange type, Object raw) {
        Optional<BigDecimal> value = numeric(raw);
        if (value.isEmpty()
                || value.get().compareTo(BigDecimal.valueOf(type.minimum())) < 0
                || value.get().compareTo(BigDecimal.valueOf(type.maximum())) > 0) {
            return new Checked.Rejected(type.rule());
        }
        return new Checked.Accepted(value.get().doubleValue());
    }

    /** The number {@code raw} stands for: any finite JSON number, or a numeric string. */
    private static Optional<BigDecimal> numeric(Object raw) {
        return switch (raw) {
            case Integer number -> Optional.of(BigDecimal.valueOf(number));
            case Long number -> Optional.of(BigDecimal.valueOf(number));
            case BigInteger number -> Optional.of(new BigDecimal(number));
            case Double number -> Double.isFinite(number) ? Optional.of(new BigDecimal(number)) : Optional.empty();
            case Float number ->
                Float.isFinite(number) ? Optional.of(new BigDecimal(number.doubleValue())) : Optional.empty();
            case BigDecimal number -> Optional.of(number);
            case String text -> numericText(text.strip());
            default -> Optional.empty();
        };
    }

    private static Optional<BigDecimal> numericText(String text) {
        if (text.length() > MAX_NUMERIC_TEXT || !NUMERIC.matcher(text).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            // An exponent beyond BigDecimal's range: no §2 range admits such a number, so the argument is invalid.
            return Optional.empty();
        }
    }

    private static Checked checkFlag(ParameterType.Flag type, Object raw) {
        return switch (raw) {
            case Boolean flag -> new Checked.Accepted(flag);
            case String text when text.strip().equals("true") -> new Checked.Accepted(Boolean.TRUE);
            case String text when text.strip().equals("false") -> new Checked.Accepted(Boolean.FALSE);
            default -> new Checked.Rejected(type.rule());
        };
    }

    private static Checked checkOneOf(ParameterType.OneOf type, Object raw) {
        if (raw instanceof String text) {
            Optional<String> value = type.resolve(text.strip());
            if (value.isPresent()) {
                return new Checked.Accepted(value.get());
            }
        }
        return new Checked.Rejected(type.rule());
    }

    private static Checked checkSomeOf(ParameterType.SomeOf type, Object raw) {
        if (!(raw instanceof List<?> list) || list.isEmpty()) {
            return new Checked.Rejected(type.rule());
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (Object element : list) {
            if (!(element instanceof String text) || !type.values().contains(text.strip())) {
                return new Checked.Rejected(type.rule());
            }
            chosen.add(text.strip());
        }
        List<String> ordered = new ArrayList<>(type.values());
        ordered.retainAll(chosen);
        return new Checked.Accepted(List.copyOf(ordered));
    }

    /** One argument's check: its typed value or the rule it broke. */
    private sealed interface Checked {
        record Accepted(Object value) implements Checked {}

        record Rejected(String rule) implements Checked {}
    }
}
