package shaktiman.app.mcp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;
import shaktiman.core.tools.ArgumentOutcome;
import shaktiman.core.tools.ArgumentParser;
import shaktiman.core.tools.ToolSpec;

/**
 * Hands a call's JSON arguments to core's {@link ArgumentParser} (MCP-18) as plain Java values: objects as ordered
 * maps, so unknown arguments are reported in the order received; integers as Integer, Long or BigInteger; fractions as
 * Double (BigDecimal when the mapper reads them so). Thread-safe.
 */
final class ToolArguments {

    private static final TypeReference<Map<String, Object>> PLAIN = new TypeReference<>() {};

    private final ArgumentParser parser;
    private final ObjectMapper mapper;

    ToolArguments(ArgumentParser parser, ObjectMapper mapper) {
        this.parser = Objects.requireNonNull(parser, "parser");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    ArgumentOutcome check(ToolSpec spec, ObjectNode arguments) {
        return parser.parse(spec, mapper.convertValue(arguments, PLAIN));
    }
}
