package shaktiman.app.mcp;

import com.fasterxml.jackson.databind.JsonNode;
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
        return oneOf(List.of(values));
    }

    /** A string enum. */
    static Schema oneOf(List<String> values) {
        Schema schema = typed("string");
        ArrayNode array = schema.node.putArray("enum");
        values.forEach(array::add);
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

    Schema minLength(int length) {
        node.put("minLength", length);
        return this;
    }

    Schema maxLength(int length) {
        node.put("maxLength", length);
        return this;
    }

    /** The inclusive lower bound; a whole number is written without a fraction ({@code 0}, not {@code 0.0}). */
    Schema minimum(double bound) {
        node.set("minimum", numberNode(bound));
        return this;
    }

    /** The inclusive upper bound, written as {@link #minimum} is. */
    Schema maximum(double bound) {
        node.set("maximum", numberNode(bound));
        return this;
    }

    Schema defaultValue(JsonNode value) {
        node.set("default", value);
        return this;
    }

    /** {@code value} as JSON, without a fraction when it is a whole number of a safe size. */
    static JsonNode numberNode(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 0x1p53) {
            return NODES.numberNode((long) value);
        }
        return NODES.numberNode(value);
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
