package shaktiman.app.mcp.wire;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The result of {@code tools/list}; no {@code nextCursor} (MCP-14). */
public record ToolsListResult(List<Tool> tools) {

    /**
     * One tool. {@code title}, {@code outputSchema} and {@code annotations} are null, and so left out, when the
     * negotiated version predates them (MCP-11).
     */
    public record Tool(
            String name,
            String title,
            String description,
            ObjectNode inputSchema,
            ObjectNode outputSchema,
            Annotations annotations) {}

    /** MCP-16's hints. */
    public record Annotations(
            boolean readOnlyHint, boolean destructiveHint, boolean idempotentHint, boolean openWorldHint) {

        /** Read-only, non-destructive, idempotent and closed-world: every Shaktiman tool. */
        public static Annotations readOnly() {
            return new Annotations(true, false, true, false);
        }
    }
}
