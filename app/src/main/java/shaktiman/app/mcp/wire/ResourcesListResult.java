package shaktiman.app.mcp.wire;

import java.util.List;

/** The result of {@code resources/list} (MCP-22). */
public record ResourcesListResult(List<Resource> resources) {

    /**
     * One resource.
     *
     * @param title null before protocol 2025-06-18 (MCP-11)
     */
    public record Resource(String uri, String name, String title, String description, String mimeType) {}
}
