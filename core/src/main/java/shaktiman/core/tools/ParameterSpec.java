package shaktiman.core.tools;

import java.util.Objects;
import java.util.Optional;

/**
 * One parameter of a tool, as mcp-tools §2 lists it.
 *
 * @param name the argument name, snake_case
 * @param type its type, range, values and default
 * @param required whether a call must give it
 * @param description the schema's {@code description}, if the name alone does not say enough
 */
public record ParameterSpec(String name, ParameterType type, boolean required, Optional<String> description) {

    public ParameterSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(description, "description");
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("parameter name must be snake_case; got " + name);
        }
        if (required && type.defaultValue().isPresent()) {
            throw new IllegalArgumentException("required parameter " + name + " cannot have a default");
        }
    }

    /** A required parameter. */
    public static ParameterSpec required(String name, ParameterType type, String description) {
        return new ParameterSpec(name, type, true, Optional.of(description));
    }

    /** An optional parameter without a description. */
    public static ParameterSpec optional(String name, ParameterType type) {
        return new ParameterSpec(name, type, false, Optional.empty());
    }

    /** An optional parameter with a description. */
    public static ParameterSpec optional(String name, ParameterType type, String description) {
        return new ParameterSpec(name, type, false, Optional.of(description));
    }
}
