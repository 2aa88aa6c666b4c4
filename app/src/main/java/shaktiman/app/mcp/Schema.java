package shaktiman.app.mcp;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders JSON Schemas from the tool shapes of mcp-tools §2, using only the keywords that draft-07 and 2020-12 read
 * alike (MCP-15): no {@code $schema}, no {@code $ref}.
 */
final class Schema {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final ObjectNode node;

    private Schema(ObjectNode node) {
        this.node = node;
    }

    static Schema string() {
        return typed("string");
    }

    static Schema integer() {
        return typed("integer");
    }

    static Schema number() {
        return typed("number");
    }

    static Schema bool() {
        return typed("boolean");
    }

    /** A string enum. */
    static Schema oneOf(String... values) {
        Schema schema = typed("string");
        ArrayNode array = schema.node.putArray("enum");
        for (String value : values) {
            array.add(value);
        }
        return schema;
    }

    /** A map {@code {str: T}}. */
    static Schema mapOf(Schema values) {
        Schema schema = typed("object");
        schema.node.set("additionalProperties", values.node);
        return schema;
    }

    static Schema arrayOf(Schema items) {
        Schema schema = typed("array");
        schema.node.set("items", items.node);
        return schema;
    }

    /** An object whose properties are added with {@link ObjectSchema#required} and {@link ObjectSchema#optional}. */
    static ObjectSchema object() {
        return new ObjectSchema();
    }

    Schema describedAs(String description) {
        node.put("description", description);
        return this;
    }

    ObjectNode node() {
        return node.deepCopy();
    }

    private static Schema typed(String type) {
        ObjectNode node = NODES.objectNode();
        node.put("type", type);
        return new Schema(node);
    }

    /** An object schema under construction; property order is kept. */
    static final class ObjectSchema {
        private final ObjectNode properties = NODES.objectNode();
        private final List<String> required = new ArrayList<>();
        private boolean closed;

        ObjectSchema required(String name, Schema schema) {
            required.add(name);
            return optional(name, schema);
        }

        ObjectSchema optional(String name, Schema schema) {
            properties.set(name, schema.node);
            return this;
        }

        ObjectSchema closed(boolean noAdditionalProperties) {
            this.closed = noAdditionalProperties;
            return this;
        }

        Schema build() {
            ObjectNode node = NODES.objectNode();
            node.put("type", "object");
            if (closed) {
                node.put("additionalProperties", false);
            }
            if (!required.isEmpty()) {
                ArrayNode names = node.putArray("required");
                required.forEach(names::add);
            }
            node.set("properties", properties.deepCopy());
            return new Schema(node);
        }
    }
}
