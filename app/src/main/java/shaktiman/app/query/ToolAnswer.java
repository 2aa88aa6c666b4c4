package shaktiman.app.query;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One tool's successful answer, as MCP and the CLI both show it (MCP-17).
 *
 * @param structured the structured content S, valid against the tool's output schema
 * @param text the text T: the engine's text for {@code search} and {@code context}, S as compact JSON otherwise
 * @param resultCount MCP-47's result count
 */
public record ToolAnswer(ObjectNode structured, String text, int resultCount) {
    public ToolAnswer {
        Objects.requireNonNull(structured, "structured");
        Objects.requireNonNull(text, "text");
        if (resultCount < 0) {
            throw new IllegalArgumentException("resultCount must not be negative, was " + resultCount);
        }
    }
}
