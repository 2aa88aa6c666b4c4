package shaktiman.app.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@code summary} tool as the foundation's stand-in for {@code search} (§10): calling it, waiting for a finished
 * scan, and stripping its live fields ({@code daemon}, {@code metrics}, MCP-49) so that answers can be compared.
 */
final class Summaries {

    private static final AtomicInteger IDS = new AtomicInteger();

    private Summaries() {}

    /** Calls {@code summary} and returns the response message. */
    static JsonNode call(McpClient client, Object id) {
        return client.callTool(id, "summary", Map.of());
    }

    /**
     * The response's result without {@code daemon} and {@code metrics}, in both {@code structuredContent} and the
     * JSON text of {@code content} (MCP-17: for summary, T is S as compact JSON).
     */
    static JsonNode comparable(JsonNode response) {
        ObjectNode result = McpClient.resultOf(response).deepCopy();
        if (result.get("structuredContent") instanceof ObjectNode structured) {
            structured.remove("daemon");
            structured.remove("metrics");
        }
        if (result.get("content") instanceof ArrayNode content) {
            for (JsonNode item : content) {
                if (item instanceof ObjectNode text && text.path("text").isTextual()) {
                    stripText(text);
                }
            }
        }
        return result;
    }

    private static void stripText(ObjectNode item) {
        try {
            JsonNode parsed = McpClient.JSON.readTree(item.get("text").textValue());
            if (parsed instanceof ObjectNode object) {
                object.remove("daemon");
                object.remove("metrics");
                item.put("text", object.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("summary's text content is not JSON (MCP-17): " + item, e);
        }
    }

    /** The {@code structuredContent} of a successful summary response. */
    static JsonNode structured(JsonNode response) {
        return McpClient.resultOf(response).path("structuredContent");
    }

    /**
     * Polls {@code summary} until {@code index_state} is {@code ready}, so that answers compared across processes do
     * not differ by scan progress (MI-10); the foundation has no scan, so this normally returns at once.
     */
    static void awaitReady(McpClient client, Duration deadline) {
        Await.value(
                deadline,
                () -> Optional.of(call(client, "ready-" + client.name() + "-" + IDS.incrementAndGet()))
                        .filter(r ->
                                "ready".equals(structured(r).path("index_state").asText())),
                "summary.index_state == ready through " + client.name());
    }
}
