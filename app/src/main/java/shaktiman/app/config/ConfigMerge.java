package shaktiman.app.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/** The values being merged from defaults and each source in turn, with the errors and warnings found so far. */
final class ConfigMerge {

    private final Map<String, Object> values = ConfigKeys.defaults();
    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Set<String> invalid = new HashSet<>();

    /**
     * Takes a parsed value, or records its error as {@code config: <label> must be <rule>, got <value>}.
     *
     * @param label turns the key's name (with the offending part, e.g. {@code test.patterns[2]}) into the name the
     *     user wrote, e.g. the environment variable
     */
    void apply(ConfigKey key, Parsed parsed, UnaryOperator<String> label) {
        switch (parsed) {
            case Parsed.Ok ok -> values.put(key.name(), ok.value());
            case Parsed.Bad bad -> {
                invalid.add(key.name());
                errors.add("config: " + label.apply(key.name() + bad.where()) + " must be " + bad.rule() + ", got "
                        + bad.shown());
            }
        }
    }

    void error(String key, String message) {
        invalid.add(key);
        errors.add(message);
    }

    void warn(String message) {
        warnings.add(message);
    }

    Map<String, Object> values() {
        return values;
    }

    /** Keys that had an invalid value in some source; cross-field rules skip them rather than guess. */
    Set<String> invalid() {
        return invalid;
    }

    List<String> errors() {
        return errors;
    }

    List<String> warnings() {
        return warnings;
    }
}
