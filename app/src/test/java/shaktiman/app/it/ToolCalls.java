package shaktiman.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Calls tools through an {@link McpClient} and checks every answer as P3 asks: a success has no {@code isError}, and
 * its {@code structuredContent} validates against the tool's {@code outputSchema} from {@code tools/list} under both
 * draft-07 and 2020-12.
 */
final class ToolCalls {

    private static final AtomicInteger IDS = new AtomicInteger();
    private static final List<SchemaRegistry> DRAFTS = List.of(
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7),
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12));

    private final McpClient client;
    private final Map<String, JsonNode> outputSchemas = new HashMap<>();

    ToolCalls(McpClient client) {
        this.client = client;
        JsonNode tools = McpClient.resultOf(client.request("list-" + IDS.incrementAndGet(), "tools/list", Map.of()))
                .path("tools");
        tools.forEach(tool -> outputSchemas.put(tool.path("name").asText(), tool.path("outputSchema")));
    }

    /** Calls {@code tool}, asserts success and a valid structured content, and returns the result. */
    JsonNode call(String tool, Map<String, ?> arguments) {
        JsonNode result = McpClient.resultOf(client.callTool("call-" + IDS.incrementAndGet(), tool, arguments));
        assertThat(result.has("isError"))
                .as(tool + " " + arguments + " → " + result)
                .isFalse();
        JsonNode structured = result.path("structuredContent");
        JsonNode schema = outputSchemas.get(tool);
        assertThat(schema).as("outputSchema of " + tool).isNotNull();
        for (SchemaRegistry draft : DRAFTS) {
            List<Error> errors = draft.getSchema(schema).validate(structured);
            assertThat(errors).as(tool + " " + arguments + " → " + structured).isEmpty();
        }
        return result;
    }

    /**
     * Calls {@code tool} with arguments that must fail validation or the tool (MCP-18/19), asserts the error shape (an
     * {@code isError} result with one text item and no {@code structuredContent}) and returns the message.
     */
    String error(String tool, Map<String, ?> arguments) {
        JsonNode result = McpClient.resultOf(client.callTool("call-" + IDS.incrementAndGet(), tool, arguments));
        assertThat(result.path("isError").asBoolean())
                .as(tool + " " + McpClient.abbreviate(arguments.toString()) + " → " + result)
                .isTrue();
        assertThat(result.has("structuredContent")).as(result.toString()).isFalse();
        assertThat(result.path("content")).hasSize(1);
        return text(result);
    }

    /** The client these calls go through. */
    McpClient client() {
        return client;
    }

    /** The structured content of a successful call. */
    JsonNode structured(String tool, Map<String, ?> arguments) {
        return call(tool, arguments).path("structuredContent");
    }

    /** The text content of a successful call. */
    String text(String tool, Map<String, ?> arguments) {
        return text(call(tool, arguments));
    }

    static String text(JsonNode result) {
        return result.path("content").get(0).path("text").asText();
    }
}
