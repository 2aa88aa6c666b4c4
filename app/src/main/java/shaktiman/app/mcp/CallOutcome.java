package shaktiman.app.mcp;

/** How a tool call ended, for the metrics (MCP-47, MCP-49). */
enum CallOutcome {
    OK,
    ERROR,
    CANCELLED
}
