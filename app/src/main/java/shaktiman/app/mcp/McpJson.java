package shaktiman.app.mcp;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.PropertyNamingStrategy;
import com.fasterxml.jackson.databind.cfg.EnumFeature;
import com.fasterxml.jackson.databind.cfg.MapperConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedField;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.introspect.AnnotatedParameter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import shaktiman.app.protocol.JsonText;

/**
 * Builds the MCP layer's one {@link ObjectMapper}: the protocol's 64 MiB read constraints (MI-19), absent values left
 * out (MCP-3), core enums as lower-case names, and snake_case keys for core's tool records (MCP-3) while MCP's own
 * envelopes keep the camelCase the MCP schema defines.
 */
final class McpJson {

    private McpJson() {}

    /** A new, fully configured mapper; build one per server and share it (mappers are thread-safe once configured). */
    static ObjectMapper newMapper() {
        return JsonMapper.builder(JsonText.newFactory())
                .propertyNamingStrategy(new CoreSnakeCase())
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_ABSENT))
                .configure(EnumFeature.WRITE_ENUMS_TO_LOWERCASE, true)
                // Core does not open its packages: use the records' public accessors, never setAccessible.
                .configure(MapperFeature.CAN_OVERRIDE_ACCESS_MODIFIERS, false)
                .build();
    }

    /** snake_case for properties declared in {@code shaktiman.core}, names as declared elsewhere. */
    private static final class CoreSnakeCase extends PropertyNamingStrategy {
        private static final long serialVersionUID = 1L;
        private static final PropertyNamingStrategies.NamingBase SNAKE =
                (PropertyNamingStrategies.NamingBase) PropertyNamingStrategies.SNAKE_CASE;

        private static String name(AnnotatedMember member, String defaultName) {
            String owner = member.getDeclaringClass().getPackageName();
            return owner.startsWith("shaktiman.core") ? SNAKE.translate(defaultName) : defaultName;
        }

        @Override
        public String nameForField(MapperConfig<?> config, AnnotatedField field, String defaultName) {
            return name(field, defaultName);
        }

        @Override
        public String nameForGetterMethod(MapperConfig<?> config, AnnotatedMethod method, String defaultName) {
            return name(method, defaultName);
        }

        @Override
        public String nameForSetterMethod(MapperConfig<?> config, AnnotatedMethod method, String defaultName) {
            return name(method, defaultName);
        }

        @Override
        public String nameForConstructorParameter(
                MapperConfig<?> config, AnnotatedParameter parameter, String defaultName) {
            return name(parameter, defaultName);
        }
    }
}
