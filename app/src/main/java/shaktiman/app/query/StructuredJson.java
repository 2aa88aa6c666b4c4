package shaktiman.app.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * MCP-3's structured output, rendered mechanically from typed results: a record is an object whose keys are its
 * component names in snake_case, in declaration order; an absent {@link Optional}, an optional holding an empty string
 * and a null are left out; a list is an array ({@code []} when empty); a map an object; an enum its lower-case name
 * (the wire names of core's enums); a fraction is rounded to 4 decimals. Reads records through their public accessors
 * only, so core needs to open nothing. Pure and thread-safe.
 */
public final class StructuredJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper COMPACT = new ObjectMapper();

    private StructuredJson() {}

    /** The structured content of {@code result}. */
    public static ObjectNode of(Record result) {
        return object(result);
    }

    /** {@code node} as compact JSON: the text T of the tools whose text is their structured content (MCP-17). */
    public static String compact(JsonNode node) {
        try {
            return COMPACT.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise structured content", e);
        }
    }

    /** {@code camelCase} as {@code snake_case}: an underscore before each upper-case letter, which is lower-cased. */
    static String snakeCase(String name) {
        StringBuilder snake = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isUpperCase(c)) {
                snake.append('_').append(Character.toLowerCase(c));
            } else {
                snake.append(c);
            }
        }
        return snake.toString();
    }

    /** A record component: its key and its accessor. */
    private record Field(String name, String key, Method accessor) {}

    /** Each record class's fields, looked up once: reflecting on a record copies its components on every call. */
    private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            List<Field> fields = new ArrayList<>();
            for (RecordComponent component : type.getRecordComponents()) {
                fields.add(new Field(component.getName(), snakeCase(component.getName()), component.getAccessor()));
            }
            return List.copyOf(fields);
        }
    };

    private static ObjectNode object(Record record) {
        ObjectNode object = NODES.objectNode();
        for (Field field : FIELDS.get(record.getClass())) {
            Object value = read(record, field);
            if (present(value)) {
                object.set(field.key(), node(unwrapped(value)));
            }
        }
        return object;
    }

    private static Object read(Record record, Field field) {
        try {
            return field.accessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(
                    "cannot read " + record.getClass().getName() + "." + field.name() + " for structured output", e);
        }
    }

    private static boolean present(Object value) {
        return switch (value) {
            case null -> false;
            case Optional<?> optional ->
                optional.isPresent() && !(optional.get() instanceof String text && text.isEmpty());
            default -> true;
        };
    }

    private static Object unwrapped(Object value) {
        return value instanceof Optional<?> optional ? optional.orElseThrow() : value;
    }

    private static JsonNode node(Object value) {
        return switch (value) {
            case String text -> NODES.textNode(text);
            case Boolean flag -> NODES.booleanNode(flag);
            case Integer number -> NODES.numberNode(number);
            case Long number -> NODES.numberNode(number);
            case Double number -> NODES.numberNode(rounded(number));
            case Float number -> NODES.numberNode(rounded(number.doubleValue()));
            case Enum<?> constant -> NODES.textNode(constant.name().toLowerCase(Locale.ROOT));
            case Record record -> object(record);
            case Collection<?> items -> array(items);
            case Map<?, ?> map -> map(map);
            case Optional<?> optional ->
                throw new IllegalArgumentException("nested Optional in structured output: " + optional);
            default ->
                throw new IllegalArgumentException(
                        "no structured form for " + value.getClass().getName() + ": " + value);
        };
    }

    private static ArrayNode array(Collection<?> items) {
        ArrayNode array = NODES.arrayNode(items.size());
        for (Object item : items) {
            array.add(node(item));
        }
        return array;
    }

    private static ObjectNode map(Map<?, ?> map) {
        ObjectNode object = NODES.objectNode();
        map.forEach((key, value) -> {
            if (present(value)) {
                object.set(String.valueOf(key), node(unwrapped(value)));
            }
        });
        return object;
    }

    /** MCP-3: 4 decimals, half up on the decimal form, as the engine rounds its scores. */
    private static double rounded(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a number in structured output must be finite, was " + value);
        }
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
