package shaktiman.core.tools;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A tool call's arguments after MCP-18's checks: typed, trimmed, normalised, with defaults applied. Getters take the
 * parameter name; asking for a name the tool does not declare, or with the getter of another type, is a programming
 * error and throws {@link IllegalArgumentException}. Immutable and thread-safe.
 */
public final class ParsedArguments {

    private final ToolSpec spec;
    private final Map<String, Object> values;
    private final Map<String, Duration> durations;
    private final Set<String> given;

    ParsedArguments(ToolSpec spec, Map<String, Object> values, Map<String, Duration> durations, Set<String> given) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.values = Map.copyOf(values);
        this.durations = Map.copyOf(durations);
        this.given = Set.copyOf(given);
    }

    /** The tool these arguments are for. */
    public ToolSpec spec() {
        return spec;
    }

    /** Whether the call gave this argument (not absent, not {@code null}), as opposed to its default applying. */
    public boolean given(String name) {
        parameter(name);
        return given.contains(name);
    }

    /**
     * The trimmed text of a non-empty or duration parameter ({@code query}, {@code name}, {@code symbol}, {@code since}).
     *
     * @throws IllegalArgumentException when the parameter is not such a text or has no value
     */
    public String text(String name) {
        ParameterType.Text type = typed(name, ParameterType.Text.class);
        if (type.form() == ParameterType.TextForm.PATH) {
            throw new IllegalArgumentException(name + " of " + spec.name() + " is a path: use path(name)");
        }
        return (String) value(name);
    }

    /** A path filter (MCP-24), project-relative with {@code /}; empty when absent or naming the whole project. */
    public Optional<String> path(String name) {
        ParameterType.Text type = typed(name, ParameterType.Text.class);
        if (type.form() != ParameterType.TextForm.PATH) {
            throw new IllegalArgumentException(name + " of " + spec.name() + " is not a path");
        }
        return Optional.ofNullable((String) values.get(name)).filter(path -> !path.isEmpty());
    }

    /** A duration parameter's value ({@code since}), as {@link DurationText} reads it. */
    public Duration duration(String name) {
        ParameterType.Text type = typed(name, ParameterType.Text.class);
        if (type.form() != ParameterType.TextForm.DURATION) {
            throw new IllegalArgumentException(name + " of " + spec.name() + " is not a duration");
        }
        Duration duration = durations.get(name);
        if (duration == null) {
            throw new IllegalArgumentException(name + " of " + spec.name() + " has no value");
        }
        return duration;
    }

    /** An integer parameter's value; every range of §2 fits an {@code int}. */
    public int integer(String name) {
        typed(name, ParameterType.IntegerRange.class);
        return Math.toIntExact((Long) value(name));
    }

    /** A number parameter's value. */
    public double number(String name) {
        typed(name, ParameterType.NumberRange.class);
        return (Double) value(name);
    }

    /** A boolean parameter's value. */
    public boolean flag(String name) {
        typed(name, ParameterType.Flag.class);
        return (Boolean) value(name);
    }

    /** A one-of parameter's value, aliases resolved, e.g. {@code callers} for {@code incoming}. */
    public String choice(String name) {
        typed(name, ParameterType.OneOf.class);
        return (String) value(name);
    }

    /** A one-of parameter without default ({@code kind}): its value, or empty when absent. */
    public Optional<String> optionalChoice(String name) {
        typed(name, ParameterType.OneOf.class);
        return Optional.ofNullable((String) values.get(name));
    }

    /** A one-of parameter's value as the constant of {@code type} whose name is the value upper-cased. */
    public <E extends Enum<E>> E choice(String name, Class<E> type) {
        return constant(type, choice(name));
    }

    /** {@link #optionalChoice(String)} as a constant of {@code type}. */
    public <E extends Enum<E>> Optional<E> optionalChoice(String name, Class<E> type) {
        return optionalChoice(name).map(value -> constant(type, value));
    }

    /** An array parameter's values, without repeats, in the order the parameter lists them; all when absent. */
    @SuppressWarnings("unchecked") // stored only by ArgumentParser, always as List<String>
    public List<String> choices(String name) {
        typed(name, ParameterType.SomeOf.class);
        return (List<String>) value(name);
    }

    /** {@link #choices(String)} as constants of {@code type}. */
    public <E extends Enum<E>> Set<E> choices(String name, Class<E> type) {
        Set<E> constants = EnumSet.noneOf(type);
        for (String value : choices(name)) {
            constants.add(constant(type, value));
        }
        return constants;
    }

    @Override
    public String toString() {
        return "ParsedArguments[" + spec.name() + " " + values + "]";
    }

    private <T extends ParameterType> T typed(String name, Class<T> expected) {
        ParameterType type = parameter(name).type();
        if (!expected.isInstance(type)) {
            throw new IllegalArgumentException(name + " of " + spec.name() + " is "
                    + type.getClass().getSimpleName() + ", not " + expected.getSimpleName());
        }
        return expected.cast(type);
    }

    private ParameterSpec parameter(String name) {
        return spec.parameters().stream()
                .filter(parameter -> parameter.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        spec.name() + " has no parameter " + name + "; it has " + spec.parameterNames()));
    }

    private Object value(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException(
                    name + " of " + spec.name() + " has no value: it is optional without a" + " default");
        }
        return value;
    }

    private <E extends Enum<E>> E constant(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "value " + value + " of " + spec.name() + " has no constant in " + type.getName(), e);
        }
    }
}
