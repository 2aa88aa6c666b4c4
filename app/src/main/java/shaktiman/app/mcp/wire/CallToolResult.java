package shaktiman.app.mcp.wire;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The result of {@code tools/call} (MCP-17, MCP-18): text content, the structured content when the negotiated version
 * has it, and {@code isError} only on failure (null otherwise, and so left out).
 */
public record CallToolResult(
        List<TextContent> content,
        JsonNode structuredContent,
        @JsonProperty("isError") Boolean isError) {

    /** A success. */
    public static CallToolResult success(String text, JsonNode structuredContent) {
        return new CallToolResult(List.of(new TextContent(text)), structuredContent, null);
    }

    /** A tool-level failure: text only, no structured content. */
    public static CallToolResult failure(String message) {
        return new CallToolResult(List.of(new TextContent(message)), null, Boolean.TRUE);
    }

    /** A text content block. */
    public record TextContent(String type, String text) {
        public TextContent(String text) {
            this("text", text);
        }
    }
}
