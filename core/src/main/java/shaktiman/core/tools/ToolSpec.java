package shaktiman.core.tools;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What {@code tools/list} says about one tool (MCP-14): its name, title, description and parameters in their §2 order,
 * which is also the order in which MCP-18 checks them.
 *
 * @param name the tool name
 * @param title a short human title
 * @param description at most {@value #MAX_DESCRIPTION} characters: what it returns, when to use it, when another tool is
 *     better, the default scope
 * @param parameters the parameters, in order; empty for a tool without parameters
 */
public record ToolSpec(String name, String title, String description, List<ParameterSpec> parameters) {

    /** MCP-14's limit on a description. */
    public static final int MAX_DESCRIPTION = 700;

    public ToolSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        parameters = List.copyOf(parameters);
        if (description.isBlank() || description.length() > MAX_DESCRIPTION) {
            throw new IllegalArgumentException("description of " + name + " must have 1 to " + MAX_DESCRIPTION
                    + " characters; has " + description.length());
        }
        Set<String> seen = new HashSet<>();
        for (ParameterSpec parameter : parameters) {
            if (!seen.add(parameter.name())) {
                throw new IllegalArgumentException(
                        "parameter " + parameter.name() + " of " + name + " is listed twice");
            }
        }
    }

    /** The parameter names, in order. */
    public List<String> parameterNames() {
        return parameters.stream().map(ParameterSpec::name).toList();
    }
}
