package shaktiman.app.mcp.wire;

import java.util.List;

/** The result of {@code resources/templates/list}: always empty (MCP-22). */
public record ResourceTemplatesListResult(List<Object> resourceTemplates) {

    /** No templates. */
    public static ResourceTemplatesListResult none() {
        return new ResourceTemplatesListResult(List.of());
    }
}
