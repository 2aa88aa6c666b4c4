package shaktiman.core.tools;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The type of a tool parameter (mcp-tools §2): what JSON it takes, its range or values, its default, and the rule that
 * an {@code invalid argument} message states (MCP-18).
 */
public sealed interface ParameterType {

    /** The JSON Schema type: {@code string}, {@code integer}, {@code number}, {@code boolean} or {@code array}. */
    String jsonType();

    /** The value used when the argument is absent, as a plain Java value (String, Long, Double, Boolean, List). */
    Optional<?> defaultValue();

    /** What an accepted value looks like, as {@code invalid argument} states it, e.g. {@code must be one of a, b}. */
    String rule();

    /** What a text parameter means beyond being a string. */
    enum TextForm {
        /** Trimmed text that must not be empty ({@code query}, {@code name}, {@code symbol}). */
        NON_EMPTY,
        /** A project-relative path filter (MCP-24). */
        PATH,
        /** A duration such as {@code 1h30m} (MCP-35, {@link DurationText}). */
        DURATION
    }

    /**
     * A string.
     *
     * @param form what the text means
     * @param maxLength the most code points the trimmed text may have, if limited
     * @param defaultValue the default, if any
     */
    record Text(TextForm form, Optional<Integer> maxLength, Optional<String> defaultValue) implements ParameterType {
        public Text {
            Objects.requireNonNull(form, "form");
            Objects.requireNonNull(maxLength, "maxLength");
            Objects.requireNonNull(defaultValue, "defaultValue");
            maxLength.ifPresent(max -> {
                if (max < 1) {
                    throw new IllegalArgumentException("maxLength must be positive; got " + max);
                }
            });
            if (form == TextForm.DURATION) {
                defaultValue.ifPresent(value -> DurationText.parse(value)
                        .orElseThrow(() -> new IllegalArgumentException("default is not a valid duration: " + value)));
            }
        }

        /** The smallest length a schema states: 1 for non-empty text, none otherwise. */
        public Optional<Integer> minLength() {
            return form == TextForm.NON_EMPTY ? Optional.of(1) : Optional.empty();
        }

        @Override
        public String jsonType() {
            return "string";
        }

        @Override
        public String rule() {
            return switch (form) {
                case NON_EMPTY ->
                    maxLength
                            .map(max -> "must be a non-empty string of at most " + grouped(max) + " characters")
                            .orElse("must be a non-empty string");
                case PATH -> "must be a project-relative path inside the project, without '..'";
                case DURATION -> "must be a duration from 1s to 720h, such as 90m, 1h30m or 7d";
            };
        }
    }

    /** An integer from {@code minimum} to {@code maximum}, inclusive. */
    record IntegerRange(long minimum, long maximum, Optional<Long> defaultValue) implements ParameterType {
        public IntegerRange {
            Objects.requireNonNull(defaultValue, "defaultValue");
            if (minimum > maximum) {
                throw new IllegalArgumentException("minimum " + minimum + " exceeds maximum " + maximum);
            }
            defaultValue.ifPresent(value -> {
                if (value < minimum || value > maximum) {
                    throw new IllegalArgumentException("default " + value + " is outside " + minimum + ".." + maximum);
                }
            });
        }

        @Override
        public String jsonType() {
            return "integer";
        }

        @Override
        public String rule() {
            return "must be an integer from " + grouped(minimum) + " to " + grouped(maximum);
        }
    }

    /** A number from {@code minimum} to {@code maximum}, inclusive. */
    record NumberRange(double minimum, double maximum, Optional<Double> defaultValue) implements ParameterType {
        public NumberRange {
            Objects.requireNonNull(defaultValue, "defaultValue");
            if (!(minimum <= maximum)) {
                throw new IllegalArgumentException("minimum " + minimum + " exceeds maximum " + maximum);
            }
            defaultValue.ifPresent(value -> {
                if (!(value >= minimum && value <= maximum)) {
                    throw new IllegalArgumentException("default " + value + " is outside " + minimum + ".." + maximum);
                }
            });
        }

        @Override
        public String jsonType() {
            return "number";
        }

        @Override
        public String rule() {
            return "must be a number from " + plain(minimum) + " to " + plain(maximum);
        }
    }

    /** A boolean. */
    record Flag(Optional<Boolean> defaultValue) implements ParameterType {
        public Flag {
            Objects.requireNonNull(defaultValue, "defaultValue");
        }

        @Override
        public String jsonType() {
            return "boolean";
        }

        @Override
        public String rule() {
            return "must be true or false";
        }
    }

    /**
     * One string of a fixed list.
     *
     * @param values the accepted values, in the order listed
     * @param aliases further accepted spellings, each mapped to one of {@code values}; not listed in schemas
     * @param defaultValue the default, one of {@code values}, if any
     */
    record OneOf(List<String> values, Map<String, String> aliases, Optional<String> defaultValue)
            implements ParameterType {
        public OneOf {
            values = List.copyOf(values);
            aliases = Map.copyOf(aliases);
            Objects.requireNonNull(defaultValue, "defaultValue");
            if (values.isEmpty()) {
                throw new IllegalArgumentException("values must not be empty");
            }
            for (String target : aliases.values()) {
                if (!values.contains(target)) {
                    throw new IllegalArgumentException("alias target " + target + " is not one of " + values);
                }
            }
            List<String> listed = values;
            defaultValue.ifPresent(value -> {
                if (!listed.contains(value)) {
                    throw new IllegalArgumentException("default " + value + " is not one of " + listed);
                }
            });
        }

        /** The value that {@code given} stands for, if it is a value or an alias. */
        public Optional<String> resolve(String given) {
            if (values.contains(given)) {
                return Optional.of(given);
            }
            return Optional.ofNullable(aliases.get(given));
        }

        @Override
        public String jsonType() {
            return "string";
        }

        @Override
        public String rule() {
            return "must be one of " + String.join(", ", values);
        }
    }

    /** A non-empty array of strings from a fixed list; absent means all of them. */
    record SomeOf(List<String> values) implements ParameterType {
        public SomeOf {
            values = List.copyOf(values);
            if (values.isEmpty()) {
                throw new IllegalArgumentException("values must not be empty");
            }
        }

        @Override
        public String jsonType() {
            return "array";
        }

        @Override
        public Optional<List<String>> defaultValue() {
            return Optional.of(values);
        }

        @Override
        public String rule() {
            return "must be a non-empty array of " + String.join(", ", values);
        }
    }

    /** {@code 10000} as {@code 10,000}, as people read it. */
    private static String grouped(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** {@code 1.0} as {@code 1}, {@code 0.15} as {@code 0.15}. */
    private static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
