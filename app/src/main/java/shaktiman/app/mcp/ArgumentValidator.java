package shaktiman.app.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first step of MCP-18's argument validation: an argument the tool does not accept fails with {@code unknown
 * argument '<name>'; accepted: <names>}, checked in the order received; an argument given as {@code null} counts as
 * absent. A tool without parameters lists {@code (none)} as accepted.
 */
final class ArgumentValidator {

    private ArgumentValidator() {}

    /** The MCP-18 message for the first unknown argument, or empty when every non-null argument is accepted. */
    static Optional<String> firstUnknown(ObjectNode arguments, List<String> accepted) {
        for (Map.Entry<String, JsonNode> field : arguments.properties()) {
            if (!field.getValue().isNull() && !accepted.contains(field.getKey())) {
                String names = accepted.isEmpty() ? "(none)" : String.join(", ", accepted);
                return Optional.of("unknown argument '" + field.getKey() + "'; accepted: " + names);
            }
        }
        return Optional.empty();
    }
}
