package shaktiman.app.mcp;

import shaktiman.core.tools.ParsedArguments;

/** The work of one tool once its arguments have passed MCP-18's checks. Implementations are thread-safe. */
@FunctionalInterface
interface ToolHandler {

    /**
     * Runs the tool; a failure on valid input is a {@link McpTool.Result.Failure} (MCP-19) or a runtime exception, which
     * the caller turns into one.
     *
     * @throws InterruptedException when the call was cancelled while it waited
     */
    McpTool.Result call(ParsedArguments arguments, ToolContext context) throws InterruptedException;

    /** A tool listed before its engine is wired: every valid call fails with MCP-19's {@code not available yet}. */
    static ToolHandler notAvailable(String tool) {
        McpTool.Result failure = new McpTool.Result.Failure(tool + " failed: not available yet");
        return (arguments, context) -> failure;
    }
}
