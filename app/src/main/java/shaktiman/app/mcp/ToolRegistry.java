package shaktiman.app.mcp;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import shaktiman.app.mcp.wire.ToolsListResult;

/** The registered tools, sorted by name (MCP-14), and their listing for a negotiated version (MCP-11). */
final class ToolRegistry {

    private final SortedMap<String, McpTool> tools = new TreeMap<>();

    ToolRegistry(List<McpTool> tools) {
        for (McpTool tool : tools) {
            if (this.tools.putIfAbsent(tool.name(), tool) != null) {
                throw new IllegalArgumentException("tool " + tool.name() + " is registered twice");
            }
        }
    }

    Optional<McpTool> find(String name) {
        return Optional.ofNullable(tools.get(name));
    }

    List<String> names() {
        return List.copyOf(tools.keySet());
    }

    /** The {@code tools/list} entries, leaving out the fields newer than {@code version}. */
    ToolsListResult list(ProtocolVersion version) {
        return new ToolsListResult(tools.values().stream()
                .map(tool -> new ToolsListResult.Tool(
                        tool.name(),
                        version.hasTitlesAndStructuredContent() ? tool.title() : null,
                        tool.description(),
                        tool.inputSchema(),
                        version.hasTitlesAndStructuredContent() ? tool.outputSchema() : null,
                        version.hasAnnotations() ? ToolsListResult.Annotations.readOnly() : null))
                .toList());
    }
}
