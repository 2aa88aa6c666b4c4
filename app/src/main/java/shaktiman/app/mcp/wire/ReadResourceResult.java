package shaktiman.app.mcp.wire;

import java.util.List;

/** The result of {@code resources/read} (MCP-22). */
public record ReadResourceResult(List<Contents> contents) {

    /** One resource's text. */
    public record Contents(String uri, String mimeType, String text) {}
}
