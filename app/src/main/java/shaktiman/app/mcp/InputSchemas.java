package shaktiman.app.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import shaktiman.core.tools.ParameterSpec;
import shaktiman.core.tools.ParameterType;
import shaktiman.core.tools.ToolSpec;

/**
 * Renders a tool's {@code inputSchema} from its core parameter list (MCP-15): a closed object, {@code required} in
 * parameter order, each property with type, enum or items, length or range, default and description, in that order.
 */
final class InputSchemas {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private InputSchemas() {}

    static ObjectNode render(ToolSpec spec) {
        Schema.ObjectSchema object = Schema.object().closed(true);
        for (ParameterSpec parameter : spec.parameters()) {
            Schema property = property(parameter);
            if (parameter.required()) {
                object.required(parameter.name(), property);
            } else {
                object.optional(parameter.name(), property);
            }
        }
        return object.build().node();
    }

    private static Schema property(ParameterSpec parameter) {
        Schema schema = switch (parameter.type()) {
            case ParameterType.Text text -> {
                Schema string = Schema.string();
                text.minLength().ifPresent(string::minLength);
                text.maxLength().ifPresent(string::maxLength);
                yield string;
            }
            case ParameterType.IntegerRange range ->
                Schema.integer().minimum(range.minimum()).maximum(range.maximum());
            case ParameterType.NumberRange range ->
                Schema.number().minimum(range.minimum()).maximum(range.maximum());
            case ParameterType.Flag flag -> Schema.bool();
            case ParameterType.OneOf oneOf -> Schema.oneOf(oneOf.values());
            case ParameterType.SomeOf someOf -> Schema.arrayOf(Schema.oneOf(someOf.values()));
        };
        parameter.type().defaultValue().ifPresent(value -> schema.defaultValue(json(value)));
        parameter.description().ifPresent(schema::describedAs);
        return schema;
    }

    private static JsonNode json(Object value) {
        return switch (value) {
            case String text -> NODES.textNode(text);
            case Long number -> NODES.numberNode(number);
            case Double number -> Schema.numberNode(number);
            case Boolean flag -> NODES.booleanNode(flag);
            case List<?> list -> {
                ArrayNode array = NODES.arrayNode();
                list.forEach(element -> array.add(json(element)));
                yield array;
            }
            default ->
                throw new AssertionError(
                        "a parameter default of type " + value.getClass().getName());
        };
    }
}
